package uk.lscb.cse.chat.teams

import static uk.lscb.cse.support.FakeTeams.shown

class TeamsCommandsSpec extends TeamsServiceSpec {

    def '"#text" from #who in a personal chat answers with #expected'() {
        when:
        def reply = say(who, text)

        then:
        reply.replyTo.startsWith('act-')
        reply.activity.attachments[0].contentType == 'application/vnd.microsoft.card.adaptive'
        reply.activity.attachments[0].content.version == '1.5'
        shown(reply.activity).contains(expected)

        where:
        who   | text                          | expected
        'eve' | 'help'                        | 'pause 2025-08-31'
        'eve' | 'status'                      | 'Spec plan'
        'eve' | 'status 1.1'                  | 'Awareness sessions in every secondary school'
        'eve' | 'status 1.11'                 | "has no action '1.11'; did you mean 1.1?"
        'eve' | 'mine'                        | 'Your actions'
        'eve' | 'overdue'                     | 'Overdue actions (1)'
        'eve' | 'status Police'               | '2.1'
        'eve' | 'history 1.1'                 | 'History of 1.1'
        'eve' | 'frobnicate'                  | "I don't know \"frobnicate\""
        'stranger' | 'status'                  | "You're not linked to"
    }

    def 'a lead updates an action by typing: the history says teams, who and which conversation'() {
        when:
        def reply = say('eve', 'update 1.1 green all 14 schools visited')

        then:
        shown(reply.activity).contains('Updated 1.1: Amber → Green')
        def latest = history('1.1')[0]
        [latest.ragAfter, latest.note, latest.author, latest.source, latest.channel] ==
                ['GREEN', 'all 14 schools visited', 'eve@school.example', 'TEAMS', 'a:personal-eve']
    }

    def 'someone who does not lead an action is told who can update it, and nothing is written'() {
        when:
        def reply = say('out', 'update 1.1 red no venue')

        then:
        shown(reply.activity).contains('only the leads of 1.1 (Education) or a coordinator can update it')
        history('1.1').size() == 1
    }

    def 'a note that looks like it identifies a child is refused and never stored'() {
        when:
        def reply = say('eve', 'note 1.1 J Smith DOB 03/04/2009 seen at school')

        then:
        shown(reply.activity).contains('This note was not saved: it contains what looks like a date of birth')
        history('1.1').size() == 1
        !shown(reply.activity).contains('J Smith')
    }

    def 'in a channel the bot is @mentioned; the mention is not part of the command'() {
        when:
        def reply = say('eve', '<at>CSE action plan</at> status 1.2', [channel: CHANNEL,
                entities: [[type: 'mention', text: '<at>CSE action plan</at>', mentioned: [id: '28:bot-app-id', name: 'CSE action plan']]]])

        then:
        reply.conversation == CHANNEL
        shown(reply.activity).contains('Online safety pages for parents')
    }

    def 'status @person lists the actions a mentioned person leads'() {
        when:
        def reply = say('cat', 'status <at>Pat Police</at>', [entities: [[type: 'mention', text: '<at>Pat Police</at>',
                mentioned: [id: '29:pat-id', name: 'Pat Police', aadObjectId: AAD.pat]]]])

        then:
        shown(reply.activity).contains('1.2')
    }

    def 'an action shared in a channel can be updated by replying in its thread; the channel sees no note'() {
        given: 'Eve shares 1.1 in the plan channel'
        say('eve', 'status 1.1 share', [channel: CHANNEL])
        def shared = teams.sent.find { it.conversation == CHANNEL && it.replyTo == null }
        assert shared

        when: 'Eve replies in its thread'
        def confirmation = say('eve', 'amber - waiting on police data', [channel: "$CHANNEL;messageid=${shared.id}".toString()])

        then:
        confirmation.conversation == "$CHANNEL;messageid=${shared.id}"
        shown(confirmation.activity).contains('Updated **1.1** 🟠 Amber → 🟠 Amber by Eve Education')
        !shown(confirmation.activity).contains('waiting on police data')
        history('1.1')[0].note == 'waiting on police data'
        history('1.1')[0].source == 'TEAMS'
    }

    def 'a reply in a thread the bot cannot read gets a hint, never silence'() {
        given:
        say('eve', 'status 1.1 share', [channel: CHANNEL])
        def shared = teams.sent.find { it.conversation == CHANNEL && it.replyTo == null }

        when:
        def hint = say('eve', 'thanks all, see you Tuesday', [channel: "$CHANNEL;messageid=${shared.id}".toString()])

        then:
        shown(hint.activity).contains('To update 1.1 here, reply with a RAG and a note')
        history('1.1').size() == 1
    }

    def 'pause and resume from Teams'() {
        expect:
        shown(say('eve', 'pause 2016-01-31').activity).contains('Paused until the end of 2016-01-31')
        shown(say('eve', 'resume').activity).contains('alerts and reminders are on again')
    }

    def 'a tenant linked to no board is told how to link it'() {
        given:
        def stray = activity('eve', [text: 'status'])
        stray.conversation.tenantId = 'aaaaaaaa-0000-4000-8000-000000000000'
        stray.channelData.tenant.id = 'aaaaaaaa-0000-4000-8000-000000000000'

        when:
        assert post(stray).status == 200

        then:
        eventually.eventually { assert teams.sent.size() == 1 }
        shown(teams.sent[0].activity).contains('is not linked to a board yet')
    }
}
