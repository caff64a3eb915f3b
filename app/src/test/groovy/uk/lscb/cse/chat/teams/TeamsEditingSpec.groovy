package uk.lscb.cse.chat.teams

import uk.lscb.cse.plan.transfer.RevisionSpec

import static uk.lscb.cse.support.FakeTeams.shown

/** The edit verbs typed in Teams, answered by the same brain as on Slack. */
class TeamsEditingSpec extends TeamsServiceSpec {

    List changes(String ref) {
        get("/api/plans/$planId/actions/$ref/changes").json as List
    }

    def 'a lead moves a due date from a personal chat: the change says teams and the conversation'() {
        when:
        def reply = say('eve', 'due 1.1 March 2016 waiting on the new contract')

        then:
        shown(reply.activity).contains('**1.1** timescale Sept 2015 → March 2016 by Eve Education')
        shown(reply.activity).contains('waiting on the new contract')
        with(changes('1.1')[0]) {
            [field, to, reason, author, source] == ['TIMESCALE', 'March 2016', 'waiting on the new contract',
                                                    'eve@school.example', 'TEAMS']
        }
        shown(say('eve', 'status 1.1').activity).contains('1 move of the due date')
    }

    def 'a coordinator adds a lead by @mention in a channel: named, never by email, and no reason shown there'() {
        when:
        def reply = say('cat', 'lead 1.1 add <at>Pat Police</at> covering schools', [channel: CHANNEL, entities: [[type: 'mention',
                text: '<at>Pat Police</at>', mentioned: [id: '29:pat-id', name: 'Pat Police', aadObjectId: AAD.pat]]]])

        then:
        shown(reply.activity).contains('lead added: Pat Police by Cat Coordinator')
        !shown(reply.activity).contains('pat@police.example')
        !shown(reply.activity).contains('covering schools')
        get("/api/plans/$planId/actions/1.1").json.leadPeople*.name == ['Pat Police']
    }

    def 'a card on 1.2 shared in a channel, pressed after a revision renumbered it 1.3, updates that same action'() {
        given:
        say('pat', 'status 1.2 share', [channel: CHANNEL])
        def shared = teams.sent.find { it.conversation == CHANNEL && it.replyTo == null }
        assert send('PUT', "/api/plans/$planId?reason=review", RevisionSpec.VERSION_2, 'application/yaml').status == 200

        when:
        def invoke = activity('pat', [channel: CHANNEL, type: 'invoke', name: 'adaptiveCard/action', replyToId: shared.id,
                                      value: [action: [type: 'Action.Execute', verb: 'rag',
                                                       data: [planId: planId, ref: '1.2', rag: 'AMBER', note: 'designer booked']],
                                              trigger: 'manual']])
        def reply = post(invoke)

        then:
        reply.status == 200
        history('1.3')[0].note == 'designer booked'
        history('1.2').size() == 1
    }
}
