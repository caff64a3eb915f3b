package uk.lscb.cse.notify

import groovy.json.JsonSlurper

/**
 * After a revision of the plan (unlike a replaced plan) alerts, their threads and their buttons keep
 * working on the action they were about, under its new ref; an alert about an action the revision
 * removed is dropped, not sent, and its buttons say why.
 */
class RevisedPlanSpec extends NotifySpec {
    static final String REVISED = '''
title: Chasing plan
themes:
  - name: Prevention
    actions:
      - ref: "1.1"
        action: Youth panel to review the plan
        leads: [Education]
        timescale: Dec 2016
        rag: G
      - ref: "1.2"
        action: Awareness sessions in every secondary school
        leads: [Education]
        timescale: Sept 2015
        rag: A
        priority: true
      - ref: "1.3"
        action: Online safety pages for parents
        leads: [pat@police.example]
        timescale: 20 January 2016
        rag: G
      - ref: "1.5"
        action: Health passport for looked-after children
        leads: [out@health.example]
        timescale: Dec 2016
        rag: A
        priority: true
'''

    void revise() {
        def reply = send('PUT', "/api/plans/$chasingPlan?reason=Spring%20review", REVISED, 'application/yaml')
        assert reply.status == 200: reply
        assert reply.json.renumbered*.to == ['1.2', '1.3']
        assert reply.json.removed*.ref == ['1.3', '1.4']
    }

    List history(String ref) {
        get("/api/plans/$chasingPlan/actions/$ref/updates").json as List
    }

    Delivery alertTo(String email, NoticeKind kind) {
        ledger().find { it.kind == kind && it.recipient == email }
    }

    /** Eve is alerted that 1.1 is overdue; the plan is then revised, 1.1 becoming 1.2. */
    Delivery eveAlertedThenRevised() {
        sweepOn('2016-01-15T09:00:00Z')
        send()
        def alert = alertTo('eve@school.example', NoticeKind.OVERDUE)
        revise()
        alert
    }

    Map press(Delivery alert, String ref, String user) {
        [type     : 'block_actions', team: [id: slack.team, domain: 'lscb'], user: [id: user, username: user, team_id: slack.team],
         api_app_id: 'A1', token: 'legacy', trigger_id: 'trigger-' + user, channel: [id: alert.channel, name: 'directmessage'],
         container: [type: 'message', message_ts: alert.messageId, channel_id: alert.channel],
         actions  : [[type: 'button', action_id: 'rag:GREEN', block_id: 'b', value: "$chasingPlan|$ref".toString(), action_ts: '1']]]
    }

    def 'Eve\'s reply to her overdue alert about 1.1, renumbered 1.2 since, updates that action'() {
        given:
        def alert = eveAlertedThenRevised()

        when:
        event([type: 'message', channel: alert.channel, channel_type: 'im', user: 'UEVE',
               text: 'done - all 14 schools visited', ts: '1452934800.000100', thread_ts: alert.messageId])

        then:
        eventually.eventually { assert history('1.2').size() == 2 }
        history('1.2')[0].note == 'all 14 schools visited'
        history('1.1').size() == 1
    }

    def 'the Green button on that alert, pressed after the renumbering, opens the form for 1.2'() {
        given:
        def alert = eveAlertedThenRevised()

        when:
        slack.interact(press(alert, '1.1', 'UEVE'))

        then:
        eventually.eventually { assert slack.calls('views.open').size() == 1 }
        new JsonSlurper().parseText(slack.calls('views.open')[0].params.view as String).private_metadata ==
                "$chasingPlan|1.2|GREEN|${alert.channel}".toString()
    }

    def 'a review prompt about an action the revision removed is superseded, not sent; its button says it was removed'() {
        given: 'the sweep decides a review prompt for 1.3; the plan is revised before it is sent'
        sweepOn('2016-01-15T09:00:00Z')
        revise()

        when:
        send()

        then:
        with(alertTo('pat@police.example', NoticeKind.REVIEW)) {
            status == Delivery.Status.SUPERSEDED
            lastError.contains('1.3 was removed from the plan in version 2')
        }

        when: 'a button on an alert about 1.4, sent before the revision, is pressed after it'
        def earlier = ledger().find { it.status == Delivery.Status.SENT && it.recipient == 'eve@school.example' }
        sql('UPDATE chat_thread SET action_id = (SELECT id FROM action WHERE plan_id = ? AND ref = ?) WHERE message_id = ?',
                chasingPlan, '1.4', earlier.messageId)
        slack.interact(press(earlier, '1.4', 'UEVE'))

        then:
        eventually.eventually { assert slack.calls('chat.postEphemeral').size() == 1 }
        slack.calls('chat.postEphemeral')[0].params.text.contains('1.4 was removed from the plan in revision 2')
        slack.calls('views.open').isEmpty()
    }

    def 'the digest after a revision leaves out the actions it removed, even one that moved that week'() {
        given: 'Pat moves 1.3 to Amber on Wednesday; on Thursday the revision removes it'
        clock.set('2016-01-13T10:00:00Z')
        assert postJson("/api/plans/$chasingPlan/actions/1.3/updates", [rag: 'amber', note: 'venue lost', author: 'pat@police.example']).status == 201
        clock.set('2016-01-14T10:00:00Z')
        revise()

        when:
        clock.set('2016-01-18T09:00:00Z')
        def digest = post("/api/boards/$slug/digest?preview=true", '', 'application/json').json.digest

        then:
        digest.moves == 0
        !digest.lines*.action*.text.contains('Keep the MASE meeting under review')
        digest.byRag.values().sum() == 4
    }

    void eveMovesDue(String when) {
        clock.set(when)
        assert send('PATCH', "/api/plans/$chasingPlan/actions/1.1", groovy.json.JsonOutput.toJson([timescale: 'March 2016',
                reason: 'new venue booked']), 'application/json', [Authorization: "Bearer ${tokenOf('eve@school.example')}".toString()]).status == 200
    }

    def 'Eve moves 1.1\'s due date after her overdue alert went unanswered: no escalation follows'() {
        given:
        sweepOn('2016-01-15T09:00:00Z')
        send()
        eveMovesDue('2016-01-18T10:00:00Z')

        when: 'Friday 22 January would be the fifth working day'
        def decided = sweepOn('2016-01-22T09:00:00Z')

        then:
        decided[NoticeKind.ESCALATION] == null
        ledger().count { it.kind == NoticeKind.OVERDUE && it.recipient == 'eve@school.example' } == 1
    }

    def 'an overdue alert still waiting to be sent when its due date moves is superseded, saying why'() {
        given:
        sweepOn('2016-01-15T09:00:00Z')
        eveMovesDue('2016-01-15T09:30:00Z')

        when:
        send()

        then:
        with(alertTo('eve@school.example', NoticeKind.OVERDUE)) {
            status == Delivery.Status.SUPERSEDED
            lastError == "1.1's due date has moved since the overdue alert was decided: it no longer applies"
        }
    }
}
