package uk.lscb.cse.kpi

import groovy.json.JsonSlurper
import spock.lang.AutoCleanup
import spock.lang.Shared
import uk.lscb.cse.notify.NoticeKind
import uk.lscb.cse.notify.NotifySpec
import uk.lscb.cse.support.TeamsTenant

import uk.lscb.cse.support.FakeTeams

/** Value requests on a board that is on Slack and Teams: asked once on each, and answered on the Teams card. */
class TeamsKpiCollectionSpec extends NotifySpec {
    @Shared @AutoCleanup TeamsTenant teams = new TeamsTenant(this)
    long kpiPlan

    @Override
    Map<String, Object> properties() {
        super.properties() + teams.settings()
    }

    def setup() {
        teams.linkTo(chasing, '19:digest@thread.tacv2')
        ['pat', 'eve'].each { teams.installedBy(it) }
        clock.set('2016-01-04T08:00:00Z')
        kpiPlan = chasing.importPlan(KpiFixture.YAML)
    }

    def 'the request comes once on each platform; on Teams it is a card with a number box, and Save value records it'() {
        when:
        def decided = sweepOn('2016-01-04T09:00:00Z').findAll { it.key.name().startsWith('KPI') }
        send()

        then:
        decided == [(NoticeKind.KPI_REQUEST): 4]
        ledger().findAll { it.kind == NoticeKind.KPI_REQUEST }.countBy { it.platform } == [slack: 2, teams: 2]
        def request = teams.sent.find { it.activity.summary == '📊 Measure 1 needs its value for 2015-16 Q3' }
        request.conversation == 'a:personal-pat'
        def card = request.activity.attachments[0].content
        card.body.find { it.type == 'Input.Number' }.id == 'value'
        card.actions.find { it.verb == 'kpi' }.data == [planId: kpiPlan, number: 1, period: '2015-16 Q3']

        when: 'Pat types 21 on the card and presses Save value'
        clock.set('2016-01-05T10:00:00Z')
        def reply = teams.post(teams.activity('pat', [type : 'invoke', name: 'adaptiveCard/action',
                                                      value: [action: [type: 'Action.Execute', verb: 'kpi',
                                                                       data: [planId: kpiPlan, number: 1, period: '2015-16 Q3',
                                                                              value: '21']], trigger: 'manual']]))

        then:
        reply.status == 200
        FakeTeams.shown([attachments: [[content: new JsonSlurper().parseText(reply.body).value]]])
                .contains('✅ Saved 2015-16 Q3 of **1** CSE referrals received by the police: **21** by Pat Police')
        get("/api/plans/$kpiPlan/kpis/1/values").json.collect { [it.value, it.source] } == [[21, 'TEAMS']]

        expect: 'so on Thursday only Eve is reminded, on each platform'
        sweepOn('2016-01-07T09:00:00Z').findAll { it.key.name().startsWith('KPI') } == [(NoticeKind.KPI_REMINDER): 2]
        ledger().findAll { it.kind == NoticeKind.KPI_REMINDER }*.recipient.unique() == ['eve@school.example']
    }
}
