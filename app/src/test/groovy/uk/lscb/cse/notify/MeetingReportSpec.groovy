package uk.lscb.cse.notify

/**
 * With meeting dates set, the board report goes to the coordinators five working days before each
 * meeting, once, through the delivery ledger; a working week before that, the leads of actions with
 * no update in the report's period are reminded.
 */
class MeetingReportSpec extends NotifySpec {

    def 'leads of quiet actions are reminded a week before the report; the report goes to the coordinator five working days before the meeting, once'() {
        given: 'a meeting on Thursday 4 February 2016; Pat updated 1.2 in January'
        def meetings = put("/api/boards/$slug/meetings", [dates: ['2016-02-04']])
        clock.set('2016-01-19T10:00:00Z')
        assert postJson("/api/plans/$chasingPlan/actions/1.2/updates", [note: 'pages drafted', author: 'pat@police.example']).status == 201

        expect:
        meetings.status == 200
        meetings.json == [dates: ['2016-02-04'], daysBefore: 5]

        when: 'eleven working days before the meeting: nothing yet'
        def early = sweepOn('2016-01-20T09:00:00Z')

        then:
        !early.containsKey(NoticeKind.REPORT_REMINDER) && !early.containsKey(NoticeKind.BOARD_REPORT)

        when: 'ten working days before: a reminder to each lead of an open action not updated since the period began'
        def reminded = sweepOn('2016-01-21T09:00:00Z')
        def again = sweepOn('2016-01-21T11:00:00Z')
        send()

        then:
        reminded[NoticeKind.REPORT_REMINDER] == 3            // Eve (1.1), Pat (1.3 through Police), Owen (1.5); 1.2 was updated, 1.4 is complete
        !again.containsKey(NoticeKind.REPORT_REMINDER)
        ledger().findAll { it.kind == NoticeKind.REPORT_REMINDER }*.recipient.sort() ==
                ['eve@school.example', 'out@health.example', 'pat@police.example']
        dms().any { it[0] == 'UEVE' && it[1].contains('Please update before the board report on 28 Jan 2016') }

        when: 'five working days before: the report, into the coordinator\'s direct message, with its message'
        def due = sweepOn('2016-01-28T09:00:00Z')
        send()
        def uploaded = slack.api.uploads.values().findAll { it.channel == 'DUCAT' }

        then:
        due[NoticeKind.BOARD_REPORT] == 1
        uploaded.size() == 1
        uploaded[0].filename.endsWith('-progress-report-2015-10-29-to-2016-01-28.pdf')
        new String(uploaded[0].bytes as byte[], 0, 5, 'ISO-8859-1') == '%PDF-'
        dms().any { it[0] == 'UCAT' && it[1].contains('Board report for the meeting on 4 Feb 2016') }

        when: 'the next day\'s sweep and sender'
        def next = sweepOn('2016-01-29T09:00:00Z')
        send()

        then: 'nothing is sent twice'
        !next.containsKey(NoticeKind.BOARD_REPORT)
        slack.api.uploads.values().count { it.channel == 'DUCAT' } == 1
        sql('SELECT COUNT(*) FROM board_report WHERE plan_id = ?', chasingPlan)[0][0] == 1
    }

    def 'a report whose message Slack refused for a moment goes again without its file going up twice'() {
        given: 'a meeting on 4 February 2016; Slack rate-limits the message that follows the report file'
        put("/api/boards/$slug/meetings", [dates: ['2016-02-04']])
        sweepOn('2016-01-27T09:00:00Z')
        send()
        slack.api.retryAfterSeconds = 0
        slack.api.rateLimited['chat.postMessage'] = 3      // every attempt of the first pass

        when: 'five working days before, the file goes up and its message is refused'
        Map<NoticeKind, Integer> decided = sweepOn('2016-01-28T09:00:00Z')
        send()

        then: 'the report is the one notice of the day'
        decided == [(NoticeKind.BOARD_REPORT): 1]
        ledger().find { it.kind == NoticeKind.BOARD_REPORT }.status == Delivery.Status.RETRYING

        when: 'the sender tries again after its backoff'
        clock.set('2016-01-28T09:10:00Z')
        send()

        then: 'one file and one message in the coordinator\'s direct message'
        ledger().find { it.kind == NoticeKind.BOARD_REPORT }.status == Delivery.Status.SENT
        slack.api.uploads.values().count { it.channel == 'DUCAT' } == 1
        dms().count { it[0] == 'UCAT' && it[1].contains('Board report for the meeting on 4 Feb 2016') } == 1
    }

    def 'meeting dates that are not dates are refused, naming the format, and nothing changes'() {
        when:
        def refused = put("/api/boards/$slug/meetings", [dates: ['4/2/2016']])

        then:
        refused.status == 400
        refused.json.error.contains('write it as 2016-03-31')
        get("/api/boards/$slug/meetings").json.dates == []
    }
}
