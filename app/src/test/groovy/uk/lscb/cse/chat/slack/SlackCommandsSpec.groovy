package uk.lscb.cse.chat.slack

import spock.lang.AutoCleanup
import uk.lscb.cse.support.CapturedLog

class SlackCommandsSpec extends SlackServiceSpec {
    @AutoCleanup CapturedLog log = CapturedLog.start()

    def '/cse status shows the plan at a glance, privately'() {
        when:
        def reply = ask('UEVE', 'status')

        then:
        reply.response_type == 'ephemeral'
        reply.blocks[0] == [type: 'header', text: [type: 'plain_text', text: 'Spec plan', emoji: true]]
        with(shown(reply)) {
            contains('*4 actions*')
            contains('*🔴 Red*\n`' + '█' * 5 + '░' * 15 + '` 1')
            contains('*Overdue*\n1')
            contains('*Not updated for 28 days*\n0')
            contains('1. *Prevention* — 2 actions')
            contains('*Top priority, not green*')
            contains('• *1.1* Awareness sessions in every secondary school — 🟠 Amber — Education')
        }
    }

    def '/cse status 1.1 shows one action with its leads, timescale, RAG, last updates and buttons'() {
        given:
        postJson("/api/plans/$planId/actions/1.1/updates", [note: 'three schools booked', author: 'eve@school.example'])

        when:
        def reply = ask('UEVE', 'status 1.1')

        then:
        reply.blocks[0].text.text == '1.1 Awareness sessions in every secondary school'
        with(shown(reply)) {
            contains('*Leads*\nEducation')
            contains('*Timescale*\nSept 2015 (due by 30 Sep 2015) ⚠️ 107 days overdue')
            contains('three schools booked')
        }
        reply.blocks.find { it.type == 'actions' }.elements*.action_id == ['rag:GREEN', 'rag:AMBER', 'rag:RED', 'rag:COMPLETE', 'note']
        reply.blocks.find { it.type == 'actions' }.elements*.value.every { it == "$planId|1.1" }
    }

    def '/cse #text lists #refs'() {
        when:
        def reply = ask(user, text)

        then:
        def listed = reply.blocks.findAll { it.type == 'section' }*.text.text.join('\n')
        refs.every { listed.contains("*$it*") }
        (['1.1', '1.2', '2.1', '2.2'] - refs).every { !listed.contains("*$it*") }

        where:
        user    | text                | refs
        'UPAT'  | 'mine'              | ['1.2', '2.1', '2.2']
        'UEVE'  | 'mine'              | ['1.1', '2.2']
        'UEVE'  | 'overdue'           | ['1.1']
        'UCAT'  | 'status <@UPAT|pat>'| ['1.2', '2.1', '2.2']
        'UCAT'  | 'status Education'  | ['1.1', '2.2']
    }

    def '/cse update by a lead records the update with source slack and the channel, and confirms'() {
        when:
        def reply = ask('UEVE', 'update 1.1 red - venue fell through')

        then:
        shown(reply).contains('✅ Updated *1.1*')
        shown(reply).contains('🟠 Amber → 🔴 Red')
        with(history('1.1')[0]) {
            ragBefore == 'AMBER'
            ragAfter == 'RED'
            note == 'venue fell through'
            author == 'eve@school.example'
            source == 'SLACK'
            channel == 'CPLAN'
        }
    }

    def '#who sending "#text" is told "#says" and nothing is recorded'() {
        when:
        def reply = ask(who, text)

        then:
        shown(reply).contains(says)
        history('1.1').size() == 1
        history('1.2').size() == 1

        where:
        who         | text                                       | says
        'UOUT'      | 'update 1.1 green done'                    | 'only the leads of 1.1 (Education) or a coordinator can update it'
        'USTRANGER' | 'update 1.1 green done'                    | 'The email I see on your Slack account is stranger@example.org'
        'UNOBODY'   | 'note 1.1 hello'                           | 'ask the board manager to add the work email of your Slack account'
        'UEVE'      | 'update 1.1 red'                          | 'A note is required when moving to Red: say what is blocking it.'
        'UEVE'      | 'update 1.1 done'                         | 'A note is required when moving to Complete: say what was delivered.'
        'UEVE'      | 'update 1.11 green'                        | 'did you mean 1.1?'
        'UEVE'      | 'update 1.1 purple'                        | '"purple" is not a RAG rating'
        'UEVE'      | 'update green'                             | 'Say which action, by its number'
        'UEVE'      | 'stauts'                                   | 'Did you mean "status"?'
        'UEVE'      | 'note 1.1 met Jane Smith DOB 01/02/2009'   | 'This note was not saved: it contains what looks like a date of birth'
        'UPAT'      | 'note 1.2 NHS no 943 476 5919 flagged'     | 'what looks like an NHS number'
        'UPAT'      | 'note 1.2 seen at 12 Acacia Avenue, SK1 3XE' | 'a home address'
        'UEVE'      | 'note 1.1 Jane Smith, 14, from Stockport'  | 'This note was not saved: it contains what looks like an age next to a name'
        'UEVE'      | 'note 1.1 NHS 943.476.5919'                | 'what looks like an NHS number'
    }

    def 'the guard refuses in a private reply and the refused note is never logged or posted'() {
        when:
        def reply = ask('UEVE', 'note 1.1 Jane Smith born on 3 March 2008')

        then:
        reply.response_type == 'ephemeral'
        !shown(reply).contains('Jane')
        slack.calls('chat.postMessage').isEmpty()
        !log.mentions('Jane Smith') && !log.mentions('3 March 2008')
    }

    def '/cse help lists the commands with examples'() {
        expect:
        with(shown(ask('UEVE', 'help'))) {
            contains('`/cse status 2.3`')
            contains('`/cse update 2.3 amber waiting on police data`')
            contains('`/cse mine`')
            contains('_amber - waiting on police data_')
        }
    }

    def 'a workspace linked to no board is told how to link it'() {
        given:
        team = 'TUNLINKED1'

        expect:
        shown(ask('UEVE', 'status')).contains('is not linked to a board yet')
    }

    def '/cse status 1.1 share posts refs, title, RAG and leads to the channel, never the notes'() {
        given:
        postJson("/api/plans/$planId/actions/1.1/updates", [note: 'private detail of progress', author: 'eve@school.example'])

        when:
        def reply = ask('UEVE', 'status 1.1 share')

        then:
        shown(reply).contains('Shared 1.1 in this channel')
        def posted = slack.calls('chat.postMessage')
        posted.size() == 1
        posted[0].params.channel == 'CPLAN'
        posted[0].params.blocks.contains('Awareness sessions in every secondary school')
        posted[0].params.blocks.contains('Education')
        !posted[0].params.blocks.contains('private detail')
    }

    def 'sharing in a channel the bot is not in says how to invite it'() {
        when:
        def reply = command('UEVE', 'status 1.1 share', slack.responseUrl(), 'CNOTIN')

        then:
        reply.status == 200
        eventually.eventually { assert slack.responses.size() == 1 }
        shown(slack.responses[0].body as Map).contains('Invite me first')
    }
}
