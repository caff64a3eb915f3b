package uk.lscb.cse.chat.slack

/**
 * Thread replies as Slack really sends them: some carry a subtype (also sent to the channel, a file
 * attached), and every edit, deletion or join in a channel the bot is in arrives as an event too.
 */
class SlackThreadEventsSpec extends SlackServiceSpec {

    /** Shares 1.1 in the channel; returns the ts of the bot's post, whose thread takes replies. */
    String share() {
        ask('UEVE', 'status 1.1 share')
        sql('SELECT message_id FROM chat_thread t JOIN action a ON a.id = t.action_id WHERE a.plan_id = ? ORDER BY t.created_at DESC LIMIT 1',
                planId)[0][0] as String
    }

    def 'a reply #how updates the action and is confirmed in the thread'() {
        given:
        String thread = share()

        when:
        def reply = event([type: 'message', subtype: subtype, channel: 'CPLAN', channel_type: 'channel', user: 'UEVE',
                           text: 'amber - waiting on police data', ts: '1800000000.000100', thread_ts: thread] + extra)

        then:
        reply.status == 200
        eventually.eventually { assert history('1.1').size() == 2 }
        history('1.1')[0].note == 'waiting on police data'
        eventually.eventually { assert slack.calls('chat.postMessage').size() == 2 }
        slack.calls('chat.postMessage')[1].params.thread_ts == thread

        where:
        how                                 | subtype            | extra
        'also sent to the channel'          | 'thread_broadcast' | [root: [type: 'message', ts: '1']]
        'with a file attached'              | 'file_share'       | [files: [[id: 'F1', name: 'minutes.pdf']], upload: false]
    }

    def 'a file shared in the thread without a word gets the private hint and changes nothing'() {
        given:
        String thread = share()

        when:
        def reply = event([type: 'message', subtype: 'file_share', channel: 'CPLAN', user: 'UEVE', text: '',
                           files: [[id: 'F1', name: 'minutes.pdf']], ts: '1800000000.000200', thread_ts: thread])

        then:
        reply.status == 200
        eventually.eventually { assert slack.calls('chat.postEphemeral').size() == 1 }
        slack.calls('chat.postEphemeral')[0].params.text.contains('To update 1.1 here, reply with a RAG and a note')
        history('1.1').size() == 1
    }

    def 'Slack is told a #what event arrived (200, so it does not send it again) and nothing changes'() {
        given:
        String thread = share()

        when:
        def reply = event([type: 'message', subtype: subtype, channel: 'CPLAN', ts: '1800000000.000400'] + fields(thread))
        barrier()

        then:
        reply.status == 200
        history('1.1').size() == 1
        slack.calls('chat.postEphemeral') == []
        slack.calls('chat.postMessage').size() == 1

        where:
        what                     | subtype           | fields
        'reply edited'           | 'message_changed' | { t -> [hidden: true, message: [type: 'message', user: 'UEVE', text: 'red - no venue', ts: '1800000000.000100', thread_ts: t, edited: [user: 'UEVE', ts: '1800000000.000400']], previous_message: [type: 'message', user: 'UEVE', text: 'amber - waiting', ts: '1800000000.000100', thread_ts: t]] }
        'reply deleted'          | 'message_deleted' | { t -> [hidden: true, deleted_ts: '1800000000.000100', previous_message: [type: 'message', user: 'UEVE', text: 'amber', ts: '1800000000.000100', thread_ts: t]] }
        'person joined'          | 'channel_join'    | { t -> [user: 'UPAT', text: '<@UPAT> has joined the channel'] }
        'channel topic changed'  | 'channel_topic'   | { t -> [user: 'UPAT', text: 'set the channel topic: CSE plan', topic: 'CSE plan'] }
    }
}
