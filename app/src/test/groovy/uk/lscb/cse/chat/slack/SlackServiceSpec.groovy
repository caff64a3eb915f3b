package uk.lscb.cse.chat.slack

import spock.lang.AutoCleanup
import spock.lang.Shared
import uk.lscb.cse.support.PlanBoard
import uk.lscb.cse.support.ServiceSpec
import uk.lscb.cse.support.SlackWorkspace

/**
 * The service's Slack endpoints, spoken to from a {@link SlackWorkspace} linked to a board with
 * the fixture's people and plan. The names below are the workspace's, so features read as Slack does.
 */
abstract class SlackServiceSpec extends ServiceSpec {
    static final String SECRET = SlackWorkspace.SECRET

    @Shared @AutoCleanup SlackWorkspace slack = new SlackWorkspace(this)
    PlanBoard board

    @Override
    Map<String, Object> properties() { slack.settings() }

    def setup() {
        clock.set('2016-01-15T10:00:00Z')
        board = PlanBoard.withPlan(this, 'slack')
        slack.linkTo(board)
    }

    String getSlug() { board.slug }

    long getPlanId() { board.planId }

    String getTeam() { slack.team }

    void setTeam(String team) { slack.team = team }

    List history(String ref) { board.history(ref) }

    static String sign(String secret, long timestamp, String body) { SlackWorkspace.sign(secret, timestamp, body) }

    static String form(Map fields) { SlackWorkspace.form(fields) }

    static String shown(Map reply) { SlackWorkspace.shown(reply) }

    Reply signed(String path, String body, String contentType, long timestamp = clock.instant().epochSecond, String signature = null) {
        slack.signed(path, body, contentType, timestamp, signature)
    }

    Map commandFields(String user, String text, String responseUrl = slack.responseUrl(), String channel = 'CPLAN') {
        slack.commandFields(user, text, responseUrl, channel)
    }

    Reply command(String user, String text, String responseUrl = slack.responseUrl(), String channel = 'CPLAN') {
        slack.command(user, text, responseUrl, channel)
    }

    Map ask(String user, String text) { slack.ask(user, text) }

    void barrier() { slack.barrier() }

    Reply interact(Map payload) { slack.interact(payload) }

    Reply event(Map event, String eventId = 'Ev' + UUID.randomUUID().toString().substring(0, 8)) { slack.event(event, eventId) }
}
