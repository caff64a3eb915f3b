package uk.lscb.cse.support

import groovy.json.JsonOutput
import spock.util.concurrent.PollingConditions

/**
 * A Teams tenant: Microsoft's side faked locally (everything {@link FakeTeams} records: Bot
 * Connector, Graph, tokens), a tenant of the feature's own linked to its board, the fixture's
 * people by Azure AD id, and Activities sent to the service with connector tokens.
 */
class TeamsTenant implements Closeable {
    static final Map<String, String> AAD = FakeTeams.AAD

    @Delegate(excludes = ['token']) final FakeTeams api = new FakeTeams()
    private final ServiceSpec service
    private final PollingConditions eventually = new PollingConditions(timeout: 10, delay: 0.05)
    /** The feature's tenant: Activities come from it. */
    String tenant

    TeamsTenant(ServiceSpec service) {
        this.service = service
    }

    /** A new tenant linked to the board (digests to {@code digestChannel}); Graph knows the fixture's people. */
    void linkTo(PlanBoard board, String digestChannel) {
        api.reset()
        tenant = UUID.randomUUID().toString()
        board.set(teamsTenantId: tenant, teamsDigestChannel: digestChannel)
        api.knowsFixturePeople()
    }

    /** An Activity as Teams sends it from a person, in their personal chat unless a channel is given. */
    Map activity(String who, Map fields) {
        String aad = AAD[who]
        boolean personal = !fields.channel
        [type        : 'message', id: 'act-' + UUID.randomUUID(), timestamp: '2016-01-15T10:00:00.000Z',
         serviceUrl  : api.serviceUrl, channelId: 'msteams',
         from        : [id: "29:$who-id".toString(), name: who, aadObjectId: aad],
         conversation: personal ? [id: "a:personal-$who".toString(), conversationType: 'personal', tenantId: tenant]
                 : [id: fields.channel, conversationType: 'channel', isGroup: true, tenantId: tenant],
         recipient   : [id: '28:bot-app-id', name: 'CSE action plan'],
         channelData : [tenant: [id: tenant]]] + fields.findAll { k, v -> k != 'channel' }
    }

    /** A connector token minted on the service's clock; overrides forge it. */
    String token(Map overrides = [:]) {
        api.token([now: service.clock.instant()] + overrides)
    }

    ServiceSpec.Reply post(Map activity, String token = token()) {
        service.send('POST', '/api/messages', JsonOutput.toJson(activity), 'application/json',
                [Authorization: token == null ? null : "Bearer $token".toString()])
    }

    /** Sends a message to the bot and waits for the activity it sends back. */
    Map say(String who, String text, Map extra = [:]) {
        int before = api.sent.size()
        assert post(activity(who, [text: text] + extra)).status == 200
        eventually.eventually { assert api.sent.size() > before }
        api.sent[before]
    }

    /** Teams tells the bot it was installed in {@code who}'s personal chat. */
    void installedBy(String who) {
        assert post([type: 'conversationUpdate', id: 'f:' + UUID.randomUUID(), channelId: 'msteams', serviceUrl: api.serviceUrl,
                     membersAdded: [[id: '28:bot-app-id']],
                     from: [id: "29:$who".toString(), aadObjectId: AAD[who]],
                     conversation: [id: "a:personal-$who".toString(), conversationType: 'personal', tenantId: tenant],
                     channelData: [tenant: [id: tenant]]]).status == 200
    }

    /** Teams tells the bot it was added to the team that has {@code channel}. */
    void installedIn(String channel) {
        assert post([type: 'conversationUpdate', id: 'f:' + UUID.randomUUID(), channelId: 'msteams', serviceUrl: api.serviceUrl,
                     conversation: [id: channel, conversationType: 'channel', tenantId: tenant],
                     channelData: [tenant: [id: tenant], channel: [id: channel]], from: [id: '29:admin', aadObjectId: AAD.cat]]).status == 200
    }

    @Override
    void close() { api.close() }
}
