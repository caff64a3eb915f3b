package uk.lscb.cse.chat.teams

import uk.lscb.cse.support.FakeTeams

class TeamsRequestsSpec extends TeamsServiceSpec {

    def 'a correctly signed Activity is answered through the Bot Connector with the connector token'() {
        when:
        def reply = say('eve', 'help')

        then:
        reply.conversation == 'a:personal-eve'
        reply.auth == 'Bearer connector-token'
        uk.lscb.cse.support.FakeTeams.shown(reply.activity).contains('CSE action plan: what I can do')
    }

    def 'an Activity with #why is refused with 401: nothing is read, written or sent'() {
        given:
        def update = activity('eve', [text: 'update 1.1 green all schools done'])

        when:
        def reply = post(update, forged == null ? null : forged == 'garbage' ? 'not-a-token' : token(forged.collectEntries { k, v ->
            k == 'expiresAgo' ? [expires: clock.instant().minusSeconds(v as long), now: clock.instant().minusSeconds(4000)]
                    : k == 'signer' ? [signer: teams.stranger] : [(k): v] }))

        then:
        reply.status == 401

        and: 'even once later work has been answered'
        say('cat', 'help')
        teams.sent.size() == 1
        history('1.1').size() == 1

        where:
        why                              | forged
        'no token'                       | null
        'a signature by another key'     | [signer: 'stranger']
        'another bot as audience'        | [audience: 'some-other-bot']
        'another issuer'                 | [issuer: 'https://sts.windows.net/evil/']
        'a token expired 6 minutes ago'  | [expiresAgo: 360]
        'a token for another service'    | [serviceurl: 'https://evil.example/connector/']
        'not a JWT'                      | 'garbage'
    }

    def 'a token that expired less than five minutes ago is still accepted (clock skew)'() {
        expect:
        post(activity('eve', [text: 'help']), token(expires: clock.instant().minusSeconds(120),
                now: clock.instant().minusSeconds(3600))).status == 200

        and: 'it is answered'
        eventually.eventually { assert teams.sent.size() == 1 }
    }

    def 'the Bot Connector answering #status is retried: the reply arrives once'() {
        given:
        teams.failNext[status] = 2

        when:
        def reply = say('eve', 'help')

        then:
        FakeTeams.shown(reply.activity).contains('what I can do')
        teams.sent.size() == 1

        where:
        status << [429, 412, 502, 504]
    }
}
