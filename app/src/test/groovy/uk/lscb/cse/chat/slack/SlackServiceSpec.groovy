package uk.lscb.cse.chat.slack

import groovy.json.JsonOutput
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.util.concurrent.PollingConditions
import uk.lscb.cse.plan.PlanFixture
import uk.lscb.cse.support.FakeSlack
import uk.lscb.cse.support.ServiceSpec

import javax.crypto.Mac
import javax.crypto.spec.SecretKeySpec

/** The service with its Slack endpoints, a fake Slack Web API, and requests signed as Slack signs them. */
abstract class SlackServiceSpec extends ServiceSpec {
    static final String SECRET = 'test-signing-secret'

    @Shared @AutoCleanup FakeSlack slack = new FakeSlack()
    PollingConditions eventually = new PollingConditions(timeout: 10, delay: 0.05)

    /** The board linked to this feature's workspace, with the fixture plan and its people. */
    String team
    String slug
    long planId

    @Override
    Map<String, Object> properties() {
        ['slack.signing-secret'     : SECRET,
         'slack.bot-token'          : 'xoxb-test-token',
         'slack.api-url'            : "${slack.url}/api/".toString(),
         'slack.response-url-hosts' : "http://127.0.0.1:${slack.server.address.port}".toString()]
    }

    def setup() {
        slack.reset()
        clock.set('2016-01-15T10:00:00Z')
        team = 'T' + UUID.randomUUID().toString().replace('-', '').substring(0, 10).toUpperCase()
        slug = boardWithPeople('slack', PlanFixture.PEOPLE)
        assert put("/api/boards/$slug", [slackTeamId: team, slackDigestChannel: 'CDIGEST']).status == 200
        planId = post("/api/boards/$slug/plans", PlanFixture.YAML, 'application/yaml').json.planId as long
        slack.emails.putAll([UPAT: 'pat@police.example', UEVE: 'eve@school.example', UCAT: 'cat@lscb.example',
                             UOUT: 'out@health.example', USTRANGER: 'stranger@example.org'])
    }

    static String sign(String secret, long timestamp, String body) {
        Mac mac = Mac.getInstance('HmacSHA256')
        mac.init(new SecretKeySpec(secret.getBytes('UTF-8'), 'HmacSHA256'))
        'v0=' + mac.doFinal("v0:$timestamp:$body".getBytes('UTF-8')).encodeHex().toString()
    }

    Reply signed(String path, String body, String contentType, long timestamp = clock.instant().epochSecond,
                 String signature = null) {
        send('POST', path, body, contentType, [Authorization              : null,
                                              'X-Slack-Request-Timestamp': String.valueOf(timestamp),
                                              'X-Slack-Signature'        : signature ?: sign(SECRET, timestamp, body)])
    }

    static String form(Map fields) {
        fields.collect { k, v -> URLEncoder.encode(k as String, 'UTF-8') + '=' + URLEncoder.encode(v as String, 'UTF-8') }.join('&')
    }

    Map commandFields(String user, String text, String responseUrl = slack.responseUrl(), String channel = 'CPLAN') {
        [token: 'legacy', team_id: team, team_domain: 'lscb', channel_id: channel, channel_name: 'cse-plan', user_id: user,
         user_name: user.toLowerCase(), command: '/cse', text: text, api_app_id: 'A1', response_url: responseUrl,
         trigger_id: '123.456.abc']
    }

    Reply command(String user, String text, String responseUrl = slack.responseUrl(), String channel = 'CPLAN') {
        signed('/slack/commands', form(commandFields(user, text, responseUrl, channel)), 'application/x-www-form-urlencoded')
    }

    /** Sends /cse and waits for the reply Slack would show the person. */
    Map ask(String user, String text) {
        int before = slack.responses.size()
        assert command(user, text).status == 200
        eventually.eventually { assert slack.responses.size() == before + 1 }
        slack.responses[before].body as Map
    }

    /**
     * Sends a command and waits for its answer: work started by earlier requests has then had its
     * turn too, so a spec can check that something did not happen without sleeping.
     */
    void barrier() {
        ask('UCAT', 'help')
    }

    Reply interact(Map payload) {
        signed('/slack/interactivity', form([payload: JsonOutput.toJson(payload)]), 'application/x-www-form-urlencoded')
    }

    Reply event(Map event, String eventId = 'Ev' + UUID.randomUUID().toString().substring(0, 8)) {
        signed('/slack/events', JsonOutput.toJson([token: 'legacy', team_id: team, api_app_id: 'A1', type: 'event_callback',
                                                   event_id: eventId, event_time: 1452859200, event: event]), 'application/json')
    }

    /** All the text a reply shows (every "text" in its blocks, or its text), for "it says …" checks. */
    static String shown(Map reply) {
        List<String> texts = []
        collectTexts(reply.blocks ?: [reply.text], texts)
        texts.join('\n')
    }

    private static void collectTexts(Object node, List<String> texts) {
        if (node instanceof Map) {
            node.each { k, v -> k == 'text' && v instanceof String ? texts << v : v instanceof String ? null : collectTexts(v, texts) }
        } else if (node instanceof List) {
            node.each { collectTexts(it, texts) }
        } else if (node instanceof String) {
            texts << node
        }
    }

    List history(String ref) {
        get("/api/plans/$planId/actions/$ref/updates").json as List
    }
}
