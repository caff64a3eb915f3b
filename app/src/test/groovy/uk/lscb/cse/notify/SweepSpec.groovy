package uk.lscb.cse.notify

import groovy.json.JsonSlurper

class SweepSpec extends NotifySpec {

    def 'the daily sweep decides one notice per lead and action: overdue, due soon, review and stale'() {
        when: 'Friday 15 January 2016, five weeks after the import'
        def decided = sweepOn('2016-01-15T09:00:00Z')

        then:
        decided == [(NoticeKind.OVERDUE): 1, (NoticeKind.DUE_SOON): 1, (NoticeKind.REVIEW): 1, (NoticeKind.STALE): 1]
        ledger().collect { [it.kind, (it.notice as Notice.ActionAlert).action().ref(), it.recipient, it.status] } == [
                [NoticeKind.OVERDUE, '1.1', 'eve@school.example', Delivery.Status.PENDING],    // agency lead: Education's lead
                [NoticeKind.DUE_SOON, '1.2', 'pat@police.example', Delivery.Status.PENDING],   // named lead, due in 5 days
                [NoticeKind.REVIEW, '1.3', 'pat@police.example', Delivery.Status.PENDING],     // ongoing, review date passed
                [NoticeKind.STALE, '1.5', 'out@health.example', Delivery.Status.PENDING]]      // in time, quiet for 36 days

        when: 'the sweep runs again the same day, or the next working day'
        def again = sweepOn('2016-01-15T09:05:00Z')
        def monday = sweepOn('2016-01-18T09:00:00Z')

        then: 'nothing is decided twice'
        again == [:]
        monday == [:]
        ledger().size() == 4
    }

    def 'each lead gets a direct message with how late, the update buttons and how to reply'() {
        given:
        sweepOn('2016-01-15T09:00:00Z')

        when:
        def pass = send()

        then:
        pass == new SendingDueNotices.Pass(4, 0)
        dms() == [['UEVE', '⚠️ 1.1 is 107 days overdue (due 30 Sep 2015)'],
                  ['UPAT', '⏰ 1.2 is due in 5 days (20 Jan 2016)'],
                  ['UPAT', '🔁 1.3 (ongoing) is due for review (1 Dec 2015)'],
                  ['UOUT', '⌛ 1.5 has had no update for 36 days (last 10 Dec 2015)']]
        def blocks = new JsonSlurper().parseText(slack.posted()[0].blocks as String)
        blocks.find { it.type == 'actions' }.elements*.text*.text == ['Green', 'Amber', 'Red', 'Complete', 'Add note']
        blocks.find { it.type == 'actions' }.elements[0].value == "$chasingPlan|1.1"
        shown([blocks: blocks]).contains('Reply to this message to update it')

        and: 'the ledger says where each went'
        ledger().every { it.status == Delivery.Status.SENT && it.messageId && it.channel.startsWith('D') }
        send() == new SendingDueNotices.Pass(0, 0)
    }

    def 'replying "done" in the thread of an alert updates that action, from Slack, in the DM channel'() {
        given:
        sweepOn('2016-01-15T09:00:00Z')
        send()
        def alert = ledger().find { it.kind == NoticeKind.OVERDUE }

        when:
        event([type: 'message', channel: alert.channel, channel_type: 'im', user: 'UEVE',
               text: 'done - all 14 schools visited', ts: '1452848400.000900', thread_ts: alert.messageId])

        then:
        eventually.eventually {
            def latest = get("/api/plans/$chasingPlan/actions/1.1/updates").json[0]
            assert [latest.ragAfter, latest.note, latest.author, latest.source, latest.channel] ==
                    ['COMPLETE', 'all 14 schools visited', 'eve@school.example', 'SLACK', alert.channel]
        }
    }

    def 'weekends, bank holidays and the board\'s own days off have no sweep'() {
        given:
        assert put("/api/boards/$slug/schedule", [extraHolidays: [[day: '2016-01-14', name: 'Council closure']]]).status == 200

        expect:
        sweepOn(instant) == [:]

        where:
        instant                  | why
        '2016-01-16T09:00:00Z'   | 'Saturday'
        '2016-01-17T09:00:00Z'   | 'Sunday'
        '2016-03-28T08:00:00Z'   | 'Easter Monday'
        '2016-01-14T09:00:00Z'   | 'the board\'s own day off'
    }

    def 'a lead on leave is not alerted until the day after their pause ends'() {
        given: 'Eve pauses from Slack until Wednesday 20 January'
        clock.set('2016-01-14T16:00:00Z')
        assert shown(ask('UEVE', 'pause 2016-01-20')).contains('Paused until the end of 2016-01-20')

        when:
        sweepOn('2016-01-15T09:00:00Z')
        sweepOn('2016-01-20T09:00:00Z')

        then:
        ledgerFor('eve@school.example') == []

        when:
        sweepOn('2016-01-21T09:00:00Z')

        then:
        ledgerFor('eve@school.example')*.kind == [NoticeKind.OVERDUE]

        and: 'the pause is in the audit trail'
        sql("SELECT change_, new_value, source FROM audit_entry WHERE entity = 'person' AND change_ = 'paused' AND board_id = ?", board().id()) ==
                [['paused', 'pausedUntil=2016-01-20', 'SLACK']]
    }

    def 'resume lifts a pause straight away'() {
        given:
        clock.set('2016-01-14T16:00:00Z')
        ask('UEVE', 'pause 2016-02-29')

        when:
        def reply = shown(ask('UEVE', 'resume'))

        then:
        reply.contains('alerts and reminders are on again')
        sweepOn('2016-01-15T09:00:00Z')[NoticeKind.OVERDUE] == 1
        ledgerFor('eve@school.example')*.kind == [NoticeKind.OVERDUE]
    }

    def 'pause with a date that has passed, or no date, says what to type'() {
        given:
        clock.set('2016-01-14T16:00:00Z')

        expect:
        shown(ask('UEVE', text)).contains(hint)

        where:
        text               | hint
        'pause 2016-01-01' | '2016-01-01 has passed; give the last day of your leave, e.g. pause 2016-01-28'
        'pause'            | 'Say until when, as a date: pause 2025-08-31'
        'pause next week'  | 'Say until when, as a date'
    }

    def 'an alert unanswered for 5 working days goes to the coordinators, counting past Easter'() {
        given: 'Eve is alerted on Wednesday 23 March 2016, before Good Friday and Easter Monday'
        sweepOn('2016-03-23T09:00:00Z')
        send()
        slack.reset()

        expect: 'Thursday 31 March is only 4 working days later'
        sweepOn('2016-03-30T08:00:00Z')[NoticeKind.ESCALATION] == null
        sweepOn('2016-03-31T08:00:00Z')[NoticeKind.ESCALATION] == null

        when: 'Friday 1 April is the fifth'
        def decided = sweepOn('2016-04-01T08:00:00Z')
        send()

        then: 'the coordinator is told of each, naming the lead (1.2 fell due on 20 January)'
        decided[NoticeKind.ESCALATION] == 2
        dms() == [['UCAT', '🚨 1.1 is 184 days overdue and its alert has had no answer'],
                  ['UCAT', '🚨 1.2 is 72 days overdue and its alert has had no answer']]
        shown([blocks: new JsonSlurper().parseText(slack.posted()[0].blocks as String)])
                .contains('Alerted Eve Education on 23 Mar 2016; no update after 5 working days.')
        shown([blocks: new JsonSlurper().parseText(slack.posted()[1].blocks as String)])
                .contains('Alerted Pat Police on 23 Mar 2016')

        and: 'once only'
        sweepOn('2016-04-04T08:00:00Z')[NoticeKind.ESCALATION] == null
    }

    def 'an alert answered with an update is not escalated'() {
        given:
        sweepOn('2016-03-23T09:00:00Z')
        send()

        when: 'Eve adds a note the next day'
        clock.set('2016-03-24T11:00:00Z')
        assert postJson("/api/plans/$chasingPlan/actions/1.1/updates", [note: 'two schools left', author: 'eve@school.example']).status == 201

        then: 'only 1.2, which Pat has not answered, is escalated'
        sweepOn('2016-04-01T08:00:00Z')[NoticeKind.ESCALATION] == 1
        ledger().findAll { it.kind == NoticeKind.ESCALATION }*.notice*.action()*.ref() == ['1.2']
    }

    def 'a paused board sends nothing'() {
        given:
        assert put("/api/boards/$slug/schedule", [paused: true]).json.paused == true

        expect:
        sweepOn('2016-01-15T09:00:00Z') == [:]
    }
}
