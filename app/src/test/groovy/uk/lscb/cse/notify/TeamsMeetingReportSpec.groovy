package uk.lscb.cse.notify

import spock.lang.AutoCleanup
import spock.lang.Shared
import uk.lscb.cse.support.TeamsTenant

import java.net.http.HttpRequest
import java.net.http.HttpResponse

/** On Teams the scheduled report is a card in the coordinator's personal chat with a single-use link that lasts a week. */
class TeamsMeetingReportSpec extends NotifySpec {
    static final String PUBLIC = 'https://cse-bot.example.org'

    @Shared @AutoCleanup TeamsTenant teams = new TeamsTenant(this)

    @Override
    Map<String, Object> properties() {
        super.properties() + teams.settings() + ['cse.public-url': PUBLIC]
    }

    def setup() {
        teams.linkTo(chasing, '19:digest@thread.tacv2')
        ['pat', 'eve', 'out', 'cat'].each { teams.installedBy(it) }
    }

    def 'five working days before the meeting Cat gets a card whose link serves the PDF once, days later too'() {
        given:
        assert put("/api/boards/$slug/meetings", [dates: ['2016-02-04']]).status == 200

        when:
        sweepOn('2016-01-28T09:00:00Z')
        send()
        def card = teams.sent.find { it.conversation == 'a:personal-cat' }.activity.attachments[0].content
        String url = card.actions.find { it.type == 'Action.OpenUrl' }.url
        clock.set('2016-02-01T09:00:00Z')
        def first = fetch(url)
        def again = fetch(url)

        then:
        ledger().find { it.kind == NoticeKind.BOARD_REPORT && it.platform == 'teams' }.status == Delivery.Status.SENT
        url.startsWith("$PUBLIC/reports/")
        first.statusCode() == 200
        new String(first.body(), 0, 5, 'ISO-8859-1') == '%PDF-'
        again.statusCode() == 404
    }

    HttpResponse<byte[]> fetch(String link) {
        http.send(HttpRequest.newBuilder(URI.create("http://localhost:${server.port}${link - PUBLIC}")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray())
    }
}
