package uk.lscb.cse.chat.slack

import groovy.json.JsonSlurper

class SlackInteractionsSpec extends SlackServiceSpec {

    Map click(String user, String actionId, String ref = '1.1') {
        [type     : 'block_actions', team: [id: team, domain: 'lscb'], user: [id: user, username: user, team_id: team],
         api_app_id: 'A1', token: 'legacy', trigger_id: 'trigger-' + user, channel: [id: 'CPLAN', name: 'cse-plan'],
         response_url: slack.responseUrl(), container: [type: 'message'],
         actions: [[type: 'button', action_id: actionId, block_id: 'b', value: "$planId|$ref".toString(), action_ts: '1']]]
    }

    Map submit(String user, String rag, String note, String ref = '1.1') {
        [type: 'view_submission', team: [id: team, domain: 'lscb'], user: [id: user, username: user, team_id: team],
         api_app_id: 'A1', token: 'legacy', trigger_id: 't',
         view: [id: 'V1', type: 'modal', callback_id: 'cse_update', private_metadata: "$planId|$ref|$rag|CPLAN".toString(),
                state: [values: [note: [note: [type: 'plain_text_input', value: note]]]]]]
    }

    def 'a RAG button opens the update modal for a lead of the action, with an empty note: the last note is not shown again'() {
        given:
        postJson("/api/plans/$planId/actions/1.1/updates", [note: 'three schools booked', author: 'eve@school.example'])

        when:
        def reply = interact(click('UEVE', 'rag:RED'))

        then:
        reply.status == 200
        eventually.eventually { assert slack.calls('views.open').size() == 1 }
        def call = slack.calls('views.open')[0].params
        call.trigger_id == 'trigger-UEVE'
        def view = new JsonSlurper().parseText(call.view)
        view.callback_id == 'cse_update'
        view.private_metadata == "$planId|1.1|RED|CPLAN"
        view.blocks[1].element.initial_value == null
        !call.view.contains('three schools booked')
        view.blocks[1].optional == false
    }

    def '#who pressing a RAG button on 1.1 is told privately why not, and no modal opens'() {
        given:
        slack.emails.UGUEST = 'eve@school.example'
        slack.profiles.UGUEST = [is_restricted: true]

        when:
        interact(click(user, 'rag:GREEN'))

        then:
        eventually.eventually { assert slack.calls('chat.postEphemeral').size() == 1 }
        with(slack.calls('chat.postEphemeral')[0].params) {
            it.user == user
            channel == 'CPLAN'
            text.contains(says)
        }
        barrier()
        slack.calls('views.open').isEmpty()

        where:
        who                               | user        | says
        'a lead of another agency'        | 'UOUT'      | 'only the leads of 1.1 (Education) or a coordinator can update it'
        'someone not of the board'        | 'USTRANGER' | "You can't update actions yet"
        'a guest with a lead\'s email'    | 'UGUEST'    | "You can't update actions yet"
    }

    def 'submitting the modal for #rag without a note keeps it open with the reason, and saves nothing'() {
        when:
        def reply = interact(submit('UEVE', rag, ''))

        then:
        reply.status == 200
        with(new JsonSlurper().parseText(reply.body)) {
            response_action == 'errors'
            errors.note.startsWith("A note is required when moving to $label")
        }
        history('1.1').size() == 1

        where:
        rag        | label
        'RED'      | 'Red'
        'COMPLETE' | 'Complete'
    }

    def 'a note that may identify a child keeps the modal open with the reason, and saves nothing'() {
        when:
        def reply = interact(submit('UEVE', 'AMBER', 'Visited Tom Brown, date of birth 4/5/2009'))

        then:
        with(new JsonSlurper().parseText(reply.body)) {
            response_action == 'errors'
            errors.note.contains('it contains what looks like a date of birth')
            !errors.note.contains('Tom')
        }
        history('1.1').size() == 1
    }

    def 'submitting the modal records the update from slack in the channel and confirms privately'() {
        when:
        def reply = interact(submit('UEVE', 'GREEN', 'all sessions delivered'))

        then:
        reply.status == 200
        reply.body == null || reply.body.isEmpty()
        eventually.eventually { assert slack.calls('chat.postEphemeral').size() == 1 }
        slack.calls('chat.postEphemeral')[0].params.user == 'UEVE'
        slack.calls('chat.postEphemeral')[0].params.blocks.contains('Updated *1.1*')
        with(history('1.1')[0]) {
            ragBefore == 'AMBER'
            ragAfter == 'GREEN'
            note == 'all sessions delivered'
            source == 'SLACK'
            channel == 'CPLAN'
        }
    }

    def 'a lead who may not update 1.1 hears why after the modal closes'() {
        when:
        interact(submit('UOUT', 'GREEN', 'done'))

        then:
        eventually.eventually { assert slack.calls('chat.postEphemeral').size() == 1 }
        slack.calls('chat.postEphemeral')[0].params.text.contains('only the leads of 1.1 (Education) or a coordinator')
        history('1.1').size() == 1
    }

    def 'replying "#text" in the thread of a shared action updates it and the bot confirms in the thread without the note'() {
        given:
        String thread = share()

        when:
        def reply = event([type: 'message', channel: 'CPLAN', user: 'UEVE', text: text, ts: '1800000000.000100',
                           thread_ts: thread, channel_type: 'channel'])

        then:
        reply.status == 200
        eventually.eventually { assert slack.calls('chat.postMessage').size() == 2 }
        def confirmation = slack.calls('chat.postMessage')[1].params
        confirmation.thread_ts == thread
        confirmation.blocks.contains('Updated *1.1*')
        confirmation.blocks.contains('by Eve Education')
        note == null || !confirmation.blocks.contains(note)
        with(history('1.1')[0]) {
            ragAfter == rag
            it.note == note
            source == 'SLACK'
            channel == 'CPLAN'
        }

        where:
        text                               | rag        | note
        'amber - waiting on police data'   | 'AMBER'    | 'waiting on police data'
        'red: no venue'                    | 'RED'      | 'no venue'
        'done - report published'          | 'COMPLETE' | 'report published'
    }

    def 'a thread reply "#text" gets a short private hint, and changes nothing'() {
        given:
        String thread = share()

        when:
        event([type: 'message', channel: 'CPLAN', user: 'UEVE', text: text, ts: '1800000000.000200', thread_ts: thread])

        then:
        eventually.eventually { assert slack.calls('chat.postEphemeral').size() == 1 }
        with(slack.calls('chat.postEphemeral')[0].params) {
            user == 'UEVE'
            thread_ts == thread
            it.text.contains(says)
        }
        history('1.1').size() == 1

        where:
        text                          | says
        'thanks all, see you Tuesday' | 'To update 1.1 here, reply with a RAG and a note'
        'done'                        | 'A note is required when moving to Complete: say what was delivered.'
        'red'                         | 'A note is required when moving to Red: say what is blocking it.'
    }

    def 'an event Slack delivers twice (a retry) updates the action once'() {
        given:
        String thread = share()
        Map message = [type: 'message', channel: 'CPLAN', user: 'UEVE', text: 'red - venue cancelled', ts: '1800000000.000300',
                       thread_ts: thread]

        String eventId = 'Ev' + UUID.randomUUID().toString().substring(0, 12)

        when:
        event(message, eventId)
        event(message, eventId)
        barrier()
        event([type: 'message', channel: 'CPLAN', user: 'UEVE', text: 'note: rebooked', ts: '1800000000.000301',
               thread_ts: thread])

        then:
        eventually.eventually { assert history('1.1').size() == 3 }
        history('1.1')*.note == ['rebooked', 'venue cancelled', null]
    }

    def 'when Slack answers 429 the bot waits Retry-After seconds and then sends the message once'() {
        given:
        slack.rateLimited['chat.postMessage'] = 1
        slack.retryAfterSeconds = 1

        when:
        def reply = ask('UEVE', 'status 1.1 share')

        then:
        shown(reply).contains('Shared 1.1 in this channel')
        def posts = slack.calls('chat.postMessage')
        posts*.rateLimited == [true, null]
        posts[1].at - posts[0].at >= 1000
    }

    /** Shares 1.1 in the channel; returns the ts of the bot's post, whose thread takes replies. */
    private String share() {
        ask('UEVE', 'status 1.1 share')
        lastPostedTs()
    }

    private String lastPostedTs() {
        bean(uk.lscb.cse.db.Jdbc).with { jdbc ->
            bean(io.micronaut.transaction.TransactionOperations).executeRead {
                jdbc.one('SELECT message_id FROM chat_thread t JOIN action a ON a.id = t.action_id WHERE a.plan_id = ? ORDER BY t.created_at DESC LIMIT 1',
                        { rs -> rs.getString(1) }, planId).get()
            }
        }
    }
}
