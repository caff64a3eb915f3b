package uk.lscb.cse.chat.teams

import groovy.json.JsonSlurper

import static uk.lscb.cse.support.FakeTeams.shown

/**
 * What an Activity's token proves, and nothing more: a genuine Bot Framework token vouches for the
 * channels its key is endorsed for and the serviceUrl it names; the tenant is the conversation's.
 */
class TeamsTrustSpec extends TeamsServiceSpec {
    static final String RED = 'update 1.1 red no venue yet'

    def 'an Activity whose channelId is #channel is refused with 403: nothing is read, written or sent'() {
        when: 'its token is genuine, signed with a key endorsed for Teams, Web Chat and Direct Line alike'
        def reply = post(activity('eve', [text: RED, channelId: channel]))

        then:
        reply.status == 403

        and: 'even once later work has been answered'
        say('cat', 'help')
        teams.sent.size() == 1
        history('1.1')*.ragAfter == ['AMBER']

        where:
        channel << ['webchat', 'directline', 'emulator', null]
    }

    def 'an msteams Activity signed with a key endorsed #endorsed is refused with 403, and 1.1 stays Amber'() {
        when: 'as tried: "update 1.1 red" from Teams, signed with a key the Bot Framework publishes for another channel'
        def reply = post(activity('eve', [text: RED]), token(signer: teams."$key"))

        then:
        reply.status == 403
        history('1.1')*.ragAfter == ['AMBER']
        teams.sent.empty

        where:
        endorsed               | key
        'for Web Chat only'    | 'webchatKey'
        'for no channel at all' | 'unendorsedKey'
    }

    def 'the tenant is the conversation tenantId only: #how'() {
        given: 'the board tenant appears only in channelData'
        def update = activity('eve', [text: RED, conversation: conversation(tenantId), channelData: [tenant: [id: tenant]]])

        when:
        assert post(update).status == 200

        then: 'the answer is for a tenant not linked to any board, and nothing is updated'
        eventually.eventually { assert teams.sent.size() == 1 }
        shown(teams.sent[0].activity).contains('is not linked to a board yet')
        history('1.1')*.ragAfter == ['AMBER']

        where:
        how                                        | tenantId
        'without one, channelData is not believed' | null
        'another tenant in the conversation'       | 'f00dfeed-0000-4000-8000-000000000000'
    }

    def 'an Activity whose serviceUrl is on a host the bot does not trust is refused with 403 before anything is sent'() {
        given: 'a genuine token for that serviceUrl (the token proves the URL, not that it is Microsoft\'s)'
        def forged = activity('eve', [text: RED, serviceUrl: teams.untrustedServiceUrl])

        when:
        def reply = post(forged, token(serviceurl: teams.untrustedServiceUrl))

        then:
        reply.status == 403

        and: 'no reply (and no connector token) reached that host, and nothing was written'
        say('cat', 'help')
        teams.sent*.conversation == ['a:personal-cat']
        history('1.1')*.ragAfter == ['AMBER']
    }

    def 'a conversation reference on an untrusted host gets nothing, and the failure says what to set'() {
        when: 'say, one stored before the allow-list, or from another cloud'
        def sent = bean(BotConnector).send(teams.untrustedServiceUrl, 'a:personal-eve', null, [type: 'message', text: 'hello'])

        then:
        !sent.ok()
        sent.error().contains('TEAMS_SERVICE_HOSTS')
        teams.sent.empty
    }

    def 'Graph gets the app token only on the GRAPH_URL host'() {
        given:
        def client = bean(TeamsGraph).client(tenant)

        when: 'the Graph client is sent to another host (a nextLink, a redirect)'
        try {
            client.users().withUrl("http://localhost:${teams.server.address.port}/v1.0/users/${AAD.eve}".toString()).get()
        } catch (RuntimeException ignored) {
            // whatever the other host answers
        }
        client.users().byUserId(AAD.eve).get()

        then: 'it carried no token; the configured host did'
        teams.graph*.auth == [null, "Bearer graph-token-$tenant".toString()]
    }

    def 'a message delivered twice (the same activity id) is handled once: one update, one answer'() {
        given:
        def update = activity('eve', [text: 'update 1.1 green all schools booked'])

        when:
        def statuses = [post(update), post(update)]*.status

        then:
        statuses == [200, 200]
        eventually.eventually { assert teams.sent.size() == 1 }

        when: 'a later message is answered: any second answer to the repeat would have come by then'
        say('eve', 'help')

        then:
        teams.sent.size() == 2
        history('1.1')*.ragAfter == ['GREEN', 'AMBER']
    }

    def 'the same activity id in another conversation is another activity'() {
        given: 'Teams message ids are unique only within a conversation'
        String id = 'act-' + UUID.randomUUID()

        when:
        say('eve', 'help', [id: id])
        say('pat', 'help', [id: id])

        then:
        teams.sent*.conversation == ['a:personal-eve', 'a:personal-pat']
    }

    def 'a card press delivered twice updates once; the repeat is told it was already recorded and leaves the card'() {
        given:
        def press = activity('eve', [type : 'invoke', name: 'adaptiveCard/action',
                                     value: [action: [type: 'Action.Execute', verb: 'rag', data: [planId: planId, ref: '1.1', rag: 'GREEN', note: 'all booked']]]])

        when:
        def first = new JsonSlurper().parseText(post(press).body)
        def again = new JsonSlurper().parseText(post(press).body)

        then:
        first.type == 'application/vnd.microsoft.card.adaptive'
        again == [statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'This press was already recorded.']
        history('1.1')*.ragAfter == ['GREEN', 'AMBER']
    }

    private Map conversation(String tenantId) {
        [id: 'a:personal-eve', conversationType: 'personal'] + (tenantId ? [tenantId: tenantId] : [:])
    }
}
