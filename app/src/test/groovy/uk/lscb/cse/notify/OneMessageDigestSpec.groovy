package uk.lscb.cse.notify

import groovy.json.JsonSlurper

/**
 * The weekly digest as one message per board, week and platform (the default): the week's numbers,
 * then up to 15 lines grouped by section; a reply in its thread names actions by ref.
 */
class OneMessageDigestSpec extends NotifySpec {

    /** The week before Monday 18 January 2016: 1.3 Green → Red (with a note), 1.4 finished, an alert on 1.1 unanswered. */
    def weekOfChanges() {
        sweepOn('2016-01-11T09:00:00Z')
        send()
        clock.set('2016-01-13T14:00:00Z')
        postJson("/api/plans/$chasingPlan/actions/1.3/updates", [rag: 'red', note: 'no venue', author: 'pat@police.example'])
        postJson("/api/plans/$chasingPlan/actions/1.5/updates", [rag: 'complete', note: 'passports issued', author: 'out@health.example'])
        slack.reset()
    }

    Map digestMessage() {
        [blocks: new JsonSlurper().parseText(slack.posted()[0].blocks as String)]
    }

    def 'the week in one message: counts with their change, completions, and the lines grouped by section, once'() {
        given:
        weekOfChanges()

        when:
        clock.set('2016-01-18T09:00:00Z')
        bean(WeeklyDigest).scheduled(board())
        send()

        then:
        slack.posted().size() == 1
        with(shown(digestMessage())) {
            contains("Weekly digest: Board $slug, week of 18 Jan 2016")
            contains('*🔴 Red*\n1 (+1)')
            contains('*🔵 Complete*\n2 (+1)')
            contains('*Completed this week*\n1')
            contains('*Alerts unanswered*\n• *1.1* Awareness sessions in every secondary school — 🟠 Amber — Education · alerted 11 Jan, no update since')
            contains('*RAG moves this week*\n• *1.3* Keep the MASE meeting under review — 🔴 Red — Police · Green → Red by Pat Police')
            contains('• *1.5* Health passport for looked-after children — 🔵 Complete — Owen Outsider · Amber → Complete by Owen Outsider')
            contains('Reply in this thread to update an action')
            !contains('no venue')
            !contains('passports issued')
            !contains('@')
        }

        when: 'the job fires again that morning'
        clock.set('2016-01-18T09:30:00Z')

        then:
        bean(WeeklyDigest).scheduled(board()).result() == 'already sent'
        send() == new SendingDueNotices.Pass(0, 0)
    }

    def 'a reply naming two actions in the digest thread updates both, each confirmed there without its note'() {
        given:
        weekOfChanges()
        clock.set('2016-01-18T09:00:00Z')
        bean(WeeklyDigest).scheduled(board())
        send()
        String digest = ledger().find { it.kind == NoticeKind.DIGEST }.messageId

        when:
        clock.set('2016-01-18T11:00:00Z')
        event([type: 'message', channel: 'CDIGEST', user: 'UCAT', ts: '1453114800.000200', thread_ts: digest,
               text: '1.3 amber - venue found for March\nnote 1.1 sessions booked in 6 schools'])

        then:
        eventually.eventually { assert slack.posted().count { it.thread_ts == digest } == 2 }
        with(get("/api/plans/$chasingPlan/actions/1.3/updates").json[0]) {
            [ragBefore, ragAfter, note, author, channel] == ['RED', 'AMBER', 'venue found for March', 'cat@lscb.example', 'CDIGEST']
        }
        with(get("/api/plans/$chasingPlan/actions/1.1/updates").json[0]) {
            [ragAfter, note] == ['AMBER', 'sessions booked in 6 schools']
        }
        def confirmations = slack.posted().findAll { it.thread_ts == digest }*.blocks.join('\n')
        confirmations.contains('Updated *1.3* 🔴 Red → 🟠 Amber by Cat Coordinator')
        confirmations.contains('Updated *1.1* 🟠 Amber → 🟠 Amber by Cat Coordinator')
        !confirmations.contains('venue found')
    }

    def 'a digest reply "#text" is answered privately and writes nothing'() {
        given:
        weekOfChanges()
        clock.set('2016-01-18T09:00:00Z')
        bean(WeeklyDigest).scheduled(board())
        send()
        String digest = ledger().find { it.kind == NoticeKind.DIGEST }.messageId
        int before = get("/api/plans/$chasingPlan/actions/1.3/updates").json.size()

        when:
        event([type: 'message', channel: 'CDIGEST', user: 'UPAT', ts: '1453114800.000300', thread_ts: digest, text: text])

        then:
        eventually.eventually { assert slack.calls('chat.postEphemeral').size() == 1 }
        slack.calls('chat.postEphemeral')[0].params.text.contains(says)
        get("/api/plans/$chasingPlan/actions/1.3/updates").json.size() == before
        slack.posted().size() == 1          // the digest itself: nothing in its thread

        where:
        text                       | says
        'thanks, all noted'        | 'To update an action here, start with its number'
        '9.9 amber waiting'        | "has no action '9.9'"
        '1.3 red'                  | 'A note is required when moving to Red'
    }

    def 'a reply in the thread of a digest from a replaced plan is refused, naming the current plan\'s action'() {
        given: 'last week\'s digest, then the board imports its revised plan'
        weekOfChanges()
        clock.set('2016-01-18T09:00:00Z')
        bean(WeeklyDigest).scheduled(board())
        send()
        String digest = ledger().find { it.kind == NoticeKind.DIGEST }.messageId
        clock.set('2016-01-19T09:00:00Z')
        long revised = post("/api/boards/$slug/plans", 'title: Revised plan\nthemes:\n  - name: One\n    actions:\n'
                + '      - ref: "1.3"\n        action: A different action now\n        leads: [Police]\n        rag: G\n',
                'application/yaml').json.planId as long

        when:
        event([type: 'message', channel: 'CDIGEST', user: 'UPAT', ts: '1453200000.000100', thread_ts: digest,
               text: '1.3 amber - venue found'])

        then:
        eventually.eventually { assert slack.calls('chat.postEphemeral').size() == 1 }
        with(slack.calls('chat.postEphemeral')[0].params.text) {
            contains('Not saved: this 1.3 is from "Chasing plan", which is no longer the current plan')
            contains('its 1.3 is "A different action now"')
        }
        get("/api/plans/$revised/actions/1.3/updates").json.size() == 1
        get("/api/plans/$chasingPlan/actions/1.3/updates").json[0].note == 'no venue'
    }

    def 'a long plan in one message: 15 lines, and the rest counted with where to find them'() {
        given: 'a plan with 40 priority actions, none green'
        importLongPlan()

        when:
        digestOnMonday()

        then:
        slack.posted().size() == 1
        with(shown(digestMessage())) {
            (1..15).every { contains("Action number $it —") }
            !contains('Action number 16 —')
            contains('…and 25 more: `/cse overdue` and `/cse status` show them all.')
        }
    }
}
