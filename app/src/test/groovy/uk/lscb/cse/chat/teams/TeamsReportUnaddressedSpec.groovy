package uk.lscb.cse.chat.teams

import static uk.lscb.cse.support.FakeTeams.shown

/** A service whose public address is not set cannot give a download link, and says so. */
class TeamsReportUnaddressedSpec extends TeamsServiceSpec {

    def 'with no CSE_PUBLIC_URL a coordinator is told why there is no link, and no link is made'() {
        when:
        def reply = say('cat', 'report')

        then:
        shown(reply.activity).contains("I can't give you a download link: the service's public address is not set (CSE_PUBLIC_URL)")
        !reply.activity.attachments[0].content.actions
        sql('SELECT COUNT(*) FROM report_download WHERE plan_id = ?', planId)[0][0] == 0
    }
}
