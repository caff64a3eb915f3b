package uk.lscb.cse.chat.slack

/**
 * What Slack shows to others (a channel post, its thread, the digest) carries refs, titles, RAG,
 * leads and dates, never a progress note or a person's email; the asker sees those privately.
 */
class SlackAudienceSpec extends SlackServiceSpec {
    static final String NOTE = 'pages drafted with the youth panel'

    def setup() {
        // 1.2 is led by Pat in person: a rendering that named leads by email would show pat@police.example.
        postJson("/api/plans/$planId/actions/1.2/updates", [note: NOTE, author: 'pat@police.example'])
    }

    def '"#text" is answered privately, with the notes and who wrote them'() {
        when:
        def reply = ask('UPAT', text)

        then:
        reply.response_type == 'ephemeral'
        shown(reply).contains(NOTE)
        shown(reply).contains('pat@police.example')
        slack.calls('chat.postMessage').isEmpty()

        where:
        text << ['status 1.2', 'history 1.2']
    }

    def 'an action shared in the channel names its leads, never a note or an email'() {
        when:
        ask('UPAT', 'status 1.2 share')

        then:
        def posted = slack.calls('chat.postMessage')[0].params
        posted.channel == 'CPLAN'
        posted.blocks.contains('Pat Police')
        !posted.blocks.contains(NOTE)
        !posted.blocks.contains('@')
    }

    def 'an update replied in the shared thread is confirmed there by name, without the note'() {
        given:
        ask('UPAT', 'status 1.2 share')
        String thread = slack.messages['CPLAN'][-1].ts

        when:
        event([type: 'message', channel: 'CPLAN', user: 'UPAT', text: 'amber - waiting on the web team', ts: '1800000000.000300',
               thread_ts: thread, channel_type: 'channel'])

        then:
        eventually.eventually { assert slack.calls('chat.postMessage').size() == 2 }
        def confirmation = slack.calls('chat.postMessage')[1].params
        confirmation.thread_ts == thread
        confirmation.blocks.contains('by Pat Police')
        !confirmation.blocks.contains('waiting on the web team')
        !confirmation.blocks.contains('@')
    }

    def 'a button pressed on the shared message opens a modal for the presser alone, and the result comes privately'() {
        given:
        ask('UPAT', 'status 1.2 share')

        when:
        interact([type        : 'block_actions', team: [id: team, domain: 'lscb'], user: [id: 'UPAT', username: 'pat', team_id: team],
                  api_app_id  : 'A1', token: 'legacy', trigger_id: 'trigger-UPAT', channel: [id: 'CPLAN', name: 'cse-plan'],
                  response_url: slack.responseUrl(), container: [type: 'message'],
                  actions     : [[type: 'button', action_id: 'rag:AMBER', block_id: 'b', value: "$planId|1.2".toString(), action_ts: '1']]])
        interact([type: 'view_submission', team: [id: team, domain: 'lscb'], user: [id: 'UPAT', username: 'pat', team_id: team],
                  api_app_id: 'A1', token: 'legacy', trigger_id: 't',
                  view: [id: 'V1', type: 'modal', callback_id: 'cse_update', private_metadata: "$planId|1.2|AMBER|CPLAN".toString(),
                         state: [values: [note: [note: [type: 'plain_text_input', value: 'waiting on the web team']]]]]])

        then:
        eventually.eventually { assert slack.calls('chat.postEphemeral').size() == 1 }
        slack.calls('views.open').size() == 1
        with(slack.calls('chat.postEphemeral')[0].params) {
            user == 'UPAT'
            blocks.contains('waiting on the web team')
        }
        slack.calls('chat.postMessage').size() == 1
    }
}
