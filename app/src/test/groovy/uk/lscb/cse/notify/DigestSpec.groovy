package uk.lscb.cse.notify

import groovy.json.JsonSlurper
import spock.util.concurrent.PollingConditions

class DigestSpec extends NotifySpec {

    /** The week before Monday 18 January 2016: moves, a new overdue action, an alert left unanswered. */
    def weekOfChanges() {
        clock.set('2016-01-08T10:00:00Z')          // before the week: 1.5 goes Amber → Green
        postJson("/api/plans/$chasingPlan/actions/1.5/updates", [rag: 'green', author: 'out@health.example'])
        sweepOn('2016-01-11T09:00:00Z')            // Monday: Eve is alerted about 1.1, and never answers
        send()
        clock.set('2016-01-13T14:00:00Z')          // this week: Pat moves 1.3 Green → Red, Owen 1.5 Green → Amber
        postJson("/api/plans/$chasingPlan/actions/1.3/updates", [rag: 'red', note: 'no venue', author: 'pat@police.example'])
        postJson("/api/plans/$chasingPlan/actions/1.5/updates", [rag: 'amber', author: 'out@health.example'])
        slack.reset()
    }

    def 'the digest counts by RAG with the change since last week and lists what moved, fell overdue and is waiting'() {
        given:
        weekOfChanges()

        when: 'previewed on Monday 18 January at 09:00'
        clock.set('2016-01-18T09:00:00Z')
        def preview = post("/api/boards/$slug/digest?preview=true", '', 'application/json').json

        then:
        preview.digest.byRag == [NOT_STARTED: 0, NOT_RATED: 0, RED: 1, AMBER: 2, GREEN: 1, COMPLETE: 1]
        preview.digest.weekAgo == [NOT_STARTED: 0, NOT_RATED: 0, RED: 0, AMBER: 1, GREEN: 3, COMPLETE: 1]
        preview.digest.weekOf == '2016-01-18'
        preview.lines.collect { [it.section, it.action.ref, it.detail] } == [
                ['UNANSWERED', '1.1', 'alerted 11 Jan, no update since'],
                ['MOVED', '1.3', 'Green → Red by Pat Police'],
                ['MOVED', '1.5', 'Green → Amber by Owen Outsider'],
                ['PRIORITY', '1.1', null],
                ['PRIORITY', '1.5', null]]

        and: 'no notes ever: the digest goes to a channel'
        !preview.toString().contains('no venue')

        and: 'nothing was sent'
        slack.posted() == []
    }

    /** The board's choice of the older style: a summary, then a message per line with its own thread. */
    void perLine() {
        assert put("/api/boards/$slug/schedule", [digestStyle: 'message-per-line']).json.digestStyle == 'MESSAGE_PER_LINE'
    }

    def 'a board that chose a message per line gets the summary and one message per line to reply to, once'() {
        given:
        weekOfChanges()
        perLine()

        when:
        clock.set('2016-01-18T09:00:00Z')
        def outcome = bean(WeeklyDigest).scheduled(board())
        send()

        then:
        outcome == new WeeklyDigest.Outcome('SENT', '2016-W03')
        slack.posted()*.channel.unique() == ['CDIGEST']
        slack.posted()*.text == ['Weekly digest: Board ' + slug + ', week of 18 Jan 2016',
                                 'Alerts unanswered: 1.1 Awareness sessions in every secondary school',
                                 'RAG moves this week: 1.3 Keep the MASE meeting under review',
                                 'RAG moves this week: 1.5 Health passport for looked-after children',
                                 'Top priority, not green: 1.1 Awareness sessions in every secondary school',
                                 'Top priority, not green: 1.5 Health passport for looked-after children']
        def summary = shown([blocks: new JsonSlurper().parseText(slack.posted()[0].blocks as String)])
        summary.contains('*🔴 Red*\n1 (+1)')
        summary.contains('*🟢 Green*\n1 (-2)')
        summary.contains('reply to one in its thread to update that action')

        and: 'lines name leads, never by email, and carry no notes: the digest is in a channel'
        slack.posted()[5].blocks.contains('Owen Outsider')
        !slack.posted().any { it.blocks.contains('@') || it.blocks.contains('no venue') }

        when: 'the job fires again the same morning (another instance, a retry)'
        clock.set('2016-01-18T09:30:00Z')

        then:
        bean(WeeklyDigest).scheduled(board()).result() == 'already sent'
        send() == new SendingDueNotices.Pass(0, 0)
    }

    def 'replying in the thread of a digest line (a message per line) updates that action'() {
        given:
        weekOfChanges()
        perLine()
        clock.set('2016-01-18T09:00:00Z')
        bean(WeeklyDigest).scheduled(board())
        send()
        def line = ledger().find { it.kind == NoticeKind.DIGEST_LINE && it.notice.action().ref() == '1.3' }

        when:
        clock.set('2016-01-18T11:00:00Z')
        event([type: 'message', channel: 'CDIGEST', user: 'UPAT', text: 'amber - venue found for March',
               ts: '1453114800.000100', thread_ts: line.messageId])

        then:
        eventually.eventually {
            def latest = get("/api/plans/$chasingPlan/actions/1.3/updates").json[0]
            assert [latest.ragBefore, latest.ragAfter, latest.note, latest.channel] == ['RED', 'AMBER', 'venue found for March', 'CDIGEST']
        }
    }

    def 'the digest runs on the first working day of the week: #day'() {
        expect:
        clock.set(instant)
        bean(WeeklyDigest).scheduled(board()).result() == result

        where:
        day                                  | instant                | result
        'Monday'                             | '2016-01-18T09:00:00Z' | 'SENT'
        'Tuesday, after Monday\'s went'      | '2016-01-19T09:00:00Z' | 'not the first working day of the week'
        'Easter Monday'                      | '2016-03-28T08:00:00Z' | 'not the first working day of the week'
        'the Tuesday after Easter Monday'    | '2016-03-29T08:00:00Z' | 'SENT'
        'Monday before 09:00 (08:59 London)' | '2016-01-18T08:59:00Z' | 'before the digest time'
        'Monday 09:00 BST (08:00 UTC)'       | '2016-04-04T08:00:00Z' | 'SENT'
        'Monday 09:00 GMT after the change'  | '2016-10-31T09:00:00Z' | 'SENT'
    }

    def 'a digest over three hours late is not sent but reported as missed'() {
        when: 'the service was down all Monday morning and the job fires at 12:30'
        clock.set('2016-01-18T12:30:00Z')
        def outcome = bean(WeeklyDigest).scheduled(board())
        send()

        then:
        outcome.result() == 'MISSED'
        slack.posted() == []
        def missed = get('/api/deliveries?status=missed').json.find { it.boardId == board().id() }
        missed.kind == 'DIGEST'
        missed.lastError == 'the digest for 2016-W03 was due at 09:00 and the service ran it at 12:30; not sent late'
    }

    def 'a long plan, a message per line: at most 15 lines, the rest counted, none cut off'() {
        given: 'a plan with 40 priority actions, none green'
        perLine()
        importLongPlan()

        when:
        digestOnMonday()

        then:
        slack.posted().size() == 16
        shown([blocks: new JsonSlurper().parseText(slack.posted()[0].blocks as String)])
                .contains('The 15 messages after this one are each about one action: reply to one in its thread to update that action. 25 more not listed')
        slack.posted()[1..15].every { it.text.startsWith('Top priority, not green: ') && it.text.endsWith(it.text.find(/Action number \d+/)) }
    }

    def 'sending the digest now (POST /api/boards/{slug}/digest) posts it whatever the day'() {
        when:
        clock.set('2016-01-20T15:00:00Z')
        def reply = post("/api/boards/$slug/digest", '', 'application/json')

        then:
        reply.status == 202
        eventually.eventually { assert slack.posted()[0]?.text == "Weekly digest: Board $slug, week of 18 Jan 2016" }
        eventually.eventually { assert ledger()*.status.every { it == Delivery.Status.SENT } }
    }

    def 'sending the digest now answers at once with what it queued, however slow Slack is; the sender posts it'() {
        given: 'Slack takes 3 s over every message'
        clock.set('2016-01-20T15:00:00Z')
        slack.delays['chat.postMessage'] = 3000L

        when:
        long started = System.nanoTime()
        def reply = post("/api/boards/$slug/digest", '', 'application/json')
        long tookMs = (System.nanoTime() - started).intdiv(1_000_000)

        then: 'the digest is decided, not yet sent'
        reply.status == 202
        tookMs < 1500
        reply.json.lines.size() == 2
        ledger()*.kind.contains(NoticeKind.DIGEST)

        and: 'the sender posts them'
        new PollingConditions(timeout: 30, delay: 0.2).eventually {
            assert ledger()*.status.every { it == Delivery.Status.SENT }
        }
        slack.posted()[0].text == "Weekly digest: Board $slug, week of 18 Jan 2016"
    }
}
