package uk.lscb.cse.chat.teams

import groovy.json.JsonOutput
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.util.concurrent.PollingConditions
import uk.lscb.cse.plan.PlanFixture
import uk.lscb.cse.support.FakeTeams
import uk.lscb.cse.support.ServiceSpec

/** The service with its Teams endpoint, Microsoft's side faked locally, and Activities signed as the connector signs them. */
abstract class TeamsServiceSpec extends ServiceSpec {
    static final Map<String, String> AAD = FakeTeams.AAD
    static final String CHANNEL = '19:plan-channel@thread.tacv2'

    @Shared @AutoCleanup FakeTeams teams = new FakeTeams()
    PollingConditions eventually = new PollingConditions(timeout: 10, delay: 0.05)

    String tenant
    String slug
    long planId

    @Override
    Map<String, Object> properties() {
        teams.settings()
    }

    def setup() {
        teams.reset()
        clock.set('2016-01-15T10:00:00Z')
        tenant = UUID.randomUUID().toString()
        slug = boardWithPeople('teams', PlanFixture.PEOPLE)
        assert put("/api/boards/$slug", [teamsTenantId: tenant, teamsDigestChannel: CHANNEL]).status == 200
        planId = post("/api/boards/$slug/plans", PlanFixture.YAML, 'application/yaml').json.planId as long
        teams.knowsFixturePeople()
    }

    /** An Activity as Teams sends it from a person, in their personal chat unless a channel is given. */
    Map activity(String who, Map fields) {
        String aad = AAD[who]
        boolean personal = !fields.channel
        [type        : 'message', id: 'act-' + UUID.randomUUID(), timestamp: '2016-01-15T10:00:00.000Z',
         serviceUrl  : teams.serviceUrl, channelId: 'msteams',
         from        : [id: "29:$who-id".toString(), name: who, aadObjectId: aad],
         conversation: personal ? [id: "a:personal-$who".toString(), conversationType: 'personal', tenantId: tenant]
                 : [id: fields.channel, conversationType: 'channel', isGroup: true, tenantId: tenant],
         recipient   : [id: '28:bot-app-id', name: 'CSE action plan'],
         channelData : [tenant: [id: tenant]]] + fields.findAll { k, v -> k != 'channel' }
    }

    /** A connector token minted on the service's clock; overrides forge it. */
    String token(Map overrides = [:]) {
        teams.token([now: clock.instant()] + overrides)
    }

    Reply post(Map activity, String token = token()) {
        send('POST', TeamsController.MESSAGES, JsonOutput.toJson(activity), 'application/json',
                [Authorization: token == null ? null : "Bearer $token".toString()])
    }

    /** Sends a message to the bot and waits for the activity it sends back. */
    Map say(String who, String text, Map extra = [:]) {
        int before = teams.sent.size()
        assert post(activity(who, [text: text] + extra)).status == 200
        eventually.eventually { assert teams.sent.size() > before }
        teams.sent[before]
    }

    List history(String ref) {
        get("/api/plans/$planId/actions/$ref/updates").json as List
    }
}
