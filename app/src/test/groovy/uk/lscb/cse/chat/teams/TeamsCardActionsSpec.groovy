package uk.lscb.cse.chat.teams

import groovy.json.JsonSlurper

import static uk.lscb.cse.support.FakeTeams.shown

/** Card buttons (Action.Execute → invoke adaptiveCard/action): answered with the card that replaces the one pressed. */
class TeamsCardActionsSpec extends TeamsServiceSpec {

    Map press(String who, String verb, Map data) {
        def invoke = activity(who, [type: 'invoke', name: 'adaptiveCard/action',
                                    value: [action: [type: 'Action.Execute', verb: verb, data: [planId: planId] + data], trigger: 'manual']])
        def reply = post(invoke)
        assert reply.status == 200
        new JsonSlurper().parseText(reply.body) as Map
    }

    def 'the action card carries the RAG buttons and a note box'() {
        when:
        def card = say('eve', 'status 1.1').activity.attachments[0].content

        then:
        card.actions*.title == ['Green', 'Amber', 'Red', 'Complete', 'Add note']
        card.actions.every { it.type == 'Action.Execute' }
        card.actions[0].data == [planId: planId, ref: '1.1', rag: 'GREEN']
        card.body.find { it.type == 'Input.Text' }.id == 'note'
    }

    def 'pressing Green updates the action and replaces the card, with the buttons still on it'() {
        when:
        def answer = press('eve', 'rag', [ref: '1.1', rag: 'GREEN', note: 'all schools booked'])

        then:
        answer.statusCode == 200
        answer.type == 'application/vnd.microsoft.card.adaptive'
        shown([attachments: [[content: answer.value]]]).contains('Updated **1.1**')
        answer.value.actions*.title == ['Green', 'Amber', 'Red', 'Complete', 'Add note']

        and:
        def latest = history('1.1')[0]
        [latest.ragBefore, latest.ragAfter, latest.note, latest.author, latest.source] ==
                ['AMBER', 'GREEN', 'all schools booked', 'eve@school.example', 'TEAMS']
    }

    def 'Red or Complete without a note asks for one and writes nothing'() {
        when:
        def answer = press('eve', 'rag', [ref: '1.1', rag: rag])

        then:
        shown([attachments: [[content: answer.value]]]).contains(message)
        history('1.1').size() == 1

        where:
        rag        | message
        'RED'      | 'A note is required when moving to Red: say what is blocking it.'
        'COMPLETE' | 'A note is required when moving to Complete: say what was delivered.'
    }

    def 'a button naming no RAG (an old or tampered card) is answered, and nothing is written'() {
        when:
        def answer = press('eve', 'rag', [ref: '1.1', rag: 'PURPLE'])

        then:
        shown([attachments: [[content: answer.value]]]).contains('This button names no RAG I know')
        history('1.1').size() == 1
    }

    def 'Add note stores the note with the RAG unchanged'() {
        when:
        press('eve', 'note', [ref: '1.1', note: 'venue booked for March'])

        then:
        history('1.1')[0].note == 'venue booked for March'
        history('1.1')[0].ragAfter == 'AMBER'
    }

    def 'a button pressed by someone who does not lead the action is refused in the card'() {
        when:
        def answer = press('out', 'rag', [ref: '1.1', rag: 'GREEN'])

        then:
        shown([attachments: [[content: answer.value]]]).contains('only the leads of 1.1 (Education) or a coordinator can update it')
        history('1.1').size() == 1
    }

    def 'a note typed on the card that identifies a child is refused'() {
        when:
        def answer = press('eve', 'rag', [ref: '1.1', rag: 'RED', note: 'NHS number 943 476 5919 missed school'])

        then:
        shown([attachments: [[content: answer.value]]]).contains('This note was not saved')
        history('1.1').size() == 1
    }

    def 'installing the app in a personal chat stores where to write to that person'() {
        given:
        def install = activity('pat', [type: 'conversationUpdate', membersAdded: [[id: '28:bot-app-id']]])

        when:
        assert post(install).status == 200

        then:
        sql('SELECT kind, email, conversation_id FROM teams_conversation WHERE tenant_id = ?', tenant) ==
                [['PERSON', 'pat@police.example', 'a:personal-pat']]
    }

    def 'a card from a plan that has since been replaced updates nothing and names the current plan\'s action'() {
        given: 'the board imports a revised plan where 1.1 is a different action'
        long revised = post("/api/boards/$slug/plans", 'title: Revised plan\nthemes:\n  - name: One\n    actions:\n'
                + '      - ref: "1.1"\n        action: A different action now\n        leads: [Education]\n        rag: G\n',
                'application/yaml').json.planId as long

        when: 'Eve presses Green on last week\'s card (it carries the old plan id)'
        def answer = press('eve', 'rag', [ref: '1.1', rag: 'GREEN', note: 'all schools booked'])

        then:
        with(shown([attachments: [[content: answer.value]]])) {
            contains('Not saved: this 1.1 is from "Spec plan", which is no longer the current plan')
            contains('its 1.1 is "A different action now"')
        }
        history('1.1').size() == 1
        get("/api/plans/$revised/actions/1.1/updates").json.size() == 1
    }

}
