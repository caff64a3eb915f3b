package uk.lscb.cse.chat.teams

import org.apache.pdfbox.Loader

import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.time.Duration

import static uk.lscb.cse.support.FakeTeams.shown

/** On Teams the report comes as a link in a card in the coordinator's personal chat: it works once and runs out. */
class TeamsReportSpec extends TeamsServiceSpec {
    static final String PUBLIC = 'https://cse-bot.example.org'

    @Override
    Map<String, Object> properties() { super.properties() + ['cse.public-url': PUBLIC] }

    HttpResponse<byte[]> fetch(String link) {
        http.send(HttpRequest.newBuilder(URI.create("http://localhost:${server.port}${link - PUBLIC}")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray())
    }

    String link(Map reply) {
        reply.activity.attachments[0].content.actions.find { it.type == 'Action.OpenUrl' }.url
    }

    def 'a coordinator asking in personal chat gets a card with a download link that serves the PDF once'() {
        when:
        def reply = say('cat', 'report 2016-01-01 2016-01-15')
        String url = link(reply)

        then:
        shown(reply.activity).contains('Board report: 1 Jan 2016 to 15 Jan 2016')
        shown(reply.activity).contains('the link works once, for 15 minutes')
        url.startsWith("$PUBLIC/reports/")

        when:
        def first = fetch(url)
        def again = fetch(url)

        then:
        first.statusCode() == 200
        first.headers().firstValue('Content-Type').get() == 'application/pdf'
        first.headers().firstValue('Cache-Control').get() == 'no-store'
        Loader.loadPDF(first.body()).numberOfPages >= 3
        again.statusCode() == 404
        new String(again.body(), 'UTF-8').contains('ask for the report again in chat')
    }

    def 'a link not used within 15 minutes has run out'() {
        given:
        String url = link(say('cat', 'report'))

        when:
        clock.advance(Duration.ofMinutes(16))

        then:
        fetch(url).statusCode() == 404
    }

    def 'asked for in a channel, the report is not sent there; a lead is told who can ask'() {
        expect:
        shown(say('cat', 'report', [channel: CHANNEL]).activity).contains('ask me for it in our personal chat')
        shown(say('eve', 'report').activity).contains('ask Cat Coordinator for it')
    }

    def 'a report refused in a channel is not produced, so "since the last report" still starts where it did'() {
        when:
        say('cat', 'report', [channel: CHANNEL])

        then: 'nothing recorded: the next report still covers the period since the last one actually given'
        sql('SELECT COUNT(*) AS n FROM board_report WHERE plan_id = ?', planId) == [[0]]
    }

    def 'erasing a coordinator keeps the reports they asked for by their pseudonym and drops their links'() {
        given:
        String url = link(say('cat', 'report'))

        when:
        def erased = send('DELETE', "/api/boards/$slug/people/cat@lscb.example", null, null)

        then:
        erased.status == 200
        erased.json.changed.reportsProduced == 1
        erased.json.changed.reportLinks == 1
        sql('SELECT produced_by, channel FROM board_report WHERE plan_id = ?', planId) == [[erased.json.pseudonym, null]]
        fetch(url).statusCode() == 404
    }

    def 'the nightly retention run deletes a link that ran out unused, with the report it held'() {
        given:
        say('cat', 'report')
        assert sql('SELECT COUNT(*) FROM report_download WHERE plan_id = ? AND content IS NOT NULL', planId)[0][0] == 1

        when:
        clock.advance(Duration.ofMinutes(16))
        def expired = bean(uk.lscb.cse.privacy.EnforcingRetention).run()

        then:
        expired.deleted()[slug].reportLinks == 1
        sql('SELECT COUNT(*) FROM report_download WHERE plan_id = ?', planId)[0][0] == 0
    }
}
