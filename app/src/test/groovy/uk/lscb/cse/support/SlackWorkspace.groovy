package uk.lscb.cse.support

import groovy.json.JsonOutput
import spock.util.concurrent.PollingConditions

import javax.crypto.Mac
import javax.crypto.spec.SecretKeySpec

/**
 * A Slack workspace: Slack's side faked locally (everything {@link FakeSlack} records), a team of
 * the feature's own linked to its board, the fixture's people as Slack users, and requests to the
 * service signed as Slack signs them.
 */
class SlackWorkspace implements Closeable {
    static final String SECRET = 'test-signing-secret'
    static final Map<String, String> USERS = [UPAT: 'pat@police.example', UEVE: 'eve@school.example', UCAT: 'cat@lscb.example',
                                              UOUT: 'out@health.example', USTRANGER: 'stranger@example.org']

    @Delegate final FakeSlack api = new FakeSlack()
    private final ServiceSpec service
    private final PollingConditions eventually = new PollingConditions(timeout: 10, delay: 0.05)
    /** The feature's team: commands and events come from it. */
    String team

    SlackWorkspace(ServiceSpec service) {
        this.service = service
    }

    /** The service's Slack settings, pointing at this workspace. */
    Map<String, Object> settings() {
        ['slack.signing-secret'    : SECRET,
         'slack.bot-token'         : 'xoxb-test-token',
         'slack.api-url'           : "${api.url}/api/".toString(),
         'slack.response-url-hosts': "http://127.0.0.1:${api.server.address.port}".toString()]
    }

    /**
     * The service's Slack settings for installing the app per workspace ("Add to Slack") against this
     * fake: no SLACK_BOT_TOKEN, the fake's client credentials, and the token key given.
     */
    Map<String, Object> installSettings(String tokenKey, Map<String, Object> more = [:]) {
        settings().findAll { k, v -> k != 'slack.bot-token' } + [
                'slack.client-id'    : FakeSlack.CLIENT_ID,
                'slack.client-secret': FakeSlack.CLIENT_SECRET,
                'slack.redirect-url' : 'https://cse-bot.example.org/slack/oauth_redirect',
                'slack.token-key'    : tokenKey] + more
    }

    /** A new team linked to the board (digests to CDIGEST); what earlier features said and sent is forgotten. */
    void linkTo(PlanBoard board) {
        api.reset()
        team = 'T' + UUID.randomUUID().toString().replace('-', '').substring(0, 10).toUpperCase()
        board.set(slackTeamId: team, slackDigestChannel: 'CDIGEST')
        api.team = team
        api.emails.putAll(USERS)
    }

    static String sign(String secret, long timestamp, String body) {
        Mac mac = Mac.getInstance('HmacSHA256')
        mac.init(new SecretKeySpec(secret.getBytes('UTF-8'), 'HmacSHA256'))
        'v0=' + mac.doFinal("v0:$timestamp:$body".getBytes('UTF-8')).encodeHex().toString()
    }

    static String form(Map fields) {
        fields.collect { k, v -> URLEncoder.encode(k as String, 'UTF-8') + '=' + URLEncoder.encode(v as String, 'UTF-8') }.join('&')
    }

    ServiceSpec.Reply signed(String path, String body, String contentType, long timestamp = service.clock.instant().epochSecond,
                             String signature = null) {
        service.send('POST', path, body, contentType, [Authorization              : null,
                                                       'X-Slack-Request-Timestamp': String.valueOf(timestamp),
                                                       'X-Slack-Signature'        : signature ?: sign(SECRET, timestamp, body)])
    }

    Map commandFields(String user, String text, String responseUrl = api.responseUrl(), String channel = 'CPLAN') {
        [token: 'legacy', team_id: team, team_domain: 'lscb', channel_id: channel, channel_name: 'cse-plan', user_id: user,
         user_name: user.toLowerCase(), command: '/cse', text: text, api_app_id: 'A1', response_url: responseUrl,
         trigger_id: '123.456.abc']
    }

    ServiceSpec.Reply command(String user, String text, String responseUrl = api.responseUrl(), String channel = 'CPLAN') {
        signed('/slack/commands', form(commandFields(user, text, responseUrl, channel)), 'application/x-www-form-urlencoded')
    }

    /** Sends /cse and waits for the reply Slack would show the person. */
    Map ask(String user, String text) {
        int before = api.responses.size()
        assert command(user, text).status == 200
        eventually.eventually { assert api.responses.size() == before + 1 }
        api.responses[before].body as Map
    }

    /**
     * Sends a command and waits for its answer: work started by earlier requests has then had its
     * turn too, so a spec can check that something did not happen without sleeping.
     */
    void barrier() {
        ask('UCAT', 'help')
    }

    ServiceSpec.Reply interact(Map payload) {
        signed('/slack/interactivity', form([payload: JsonOutput.toJson(payload)]), 'application/x-www-form-urlencoded')
    }

    ServiceSpec.Reply event(Map event, String eventId = 'Ev' + UUID.randomUUID().toString().substring(0, 8)) {
        signed('/slack/events', JsonOutput.toJson([token: 'legacy', team_id: team, api_app_id: 'A1', type: 'event_callback',
                                                   event_id: eventId, event_time: 1452859200, event: event]), 'application/json')
    }

    /** Direct messages the bot posted, as [to, text] with the user id taken from the DM channel. */
    List<List<String>> dms() {
        api.posted().findAll { it.channel.startsWith('D') }.collect { [it.channel.substring(1), it.text] }
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

    @Override
    void close() { api.close() }
}
