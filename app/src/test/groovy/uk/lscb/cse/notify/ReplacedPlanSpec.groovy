package uk.lscb.cse.notify

/**
 * After the board imports a revised plan, a ref in last week's alert, modal or card may name a
 * different action: nothing shown from the old plan updates the new one, and the old plan's
 * alerts are not escalated.
 */
class ReplacedPlanSpec extends NotifySpec {
    static final String REVISED = '''
title: Revised plan
themes:
  - name: One
    actions:
      - ref: "1.1"
        action: A different action under the old number
        leads: [Education]
        timescale: Dec 2016
        rag: G
'''

    long revise() {
        post("/api/boards/$slug/plans", REVISED, 'application/yaml').json.planId as long
    }

    def 'a reply to an alert about the old plan\'s 1.1 is refused, naming the current plan\'s 1.1'() {
        given: 'Eve is alerted about 1.1; the next day the board imports its revised plan'
        sweepOn('2016-01-15T09:00:00Z')
        send()
        def alert = ledger().find { it.kind == NoticeKind.OVERDUE && it.recipient == 'eve@school.example' }
        clock.set('2016-01-16T09:00:00Z')
        long revised = revise()

        when:
        event([type: 'message', channel: alert.channel, channel_type: 'im', user: 'UEVE',
               text: 'done - all 14 schools visited', ts: '1452934800.000100', thread_ts: alert.messageId])

        then:
        eventually.eventually { assert slack.calls('chat.postEphemeral').size() == 1 }
        with(slack.calls('chat.postEphemeral')[0].params.text) {
            contains('Not saved: this 1.1 is from "Chasing plan", which is no longer the current plan')
            contains('its 1.1 is "A different action under the old number"')
        }
        get("/api/plans/$revised/actions/1.1/updates").json.size() == 1
        get("/api/plans/$chasingPlan/actions/1.1/updates").json.size() == 1
    }

    def 'the update modal opened from the old plan is refused on saving'() {
        given:
        long revised = revise()

        when: 'Eve saves a modal whose metadata names the old plan'
        slack.interact([type: 'view_submission', team: [id: slack.team, domain: 'lscb'],
                        user: [id: 'UEVE', username: 'eve', team_id: slack.team], api_app_id: 'A1', token: 'legacy', trigger_id: 't',
                        view: [id: 'V1', type: 'modal', callback_id: 'cse_update',
                               private_metadata: "$chasingPlan|1.1|GREEN|CPLAN".toString(),
                               state: [values: [note: [note: [type: 'plain_text_input', value: 'all sessions delivered']]]]]])

        then:
        eventually.eventually { assert slack.calls('chat.postEphemeral').size() == 1 }
        slack.calls('chat.postEphemeral')[0].params.text.contains('no longer the current plan')
        get("/api/plans/$revised/actions/1.1/updates").json.size() == 1
    }

    def 'alerts about a replaced plan\'s actions are not escalated'() {
        given: 'alerts go out on Wednesday 23 March 2016 and are not answered; the plan is then replaced'
        sweepOn('2016-03-23T09:00:00Z')
        send()
        clock.set('2016-03-24T09:00:00Z')
        revise()
        slack.reset()

        when: 'Friday 1 April would be the fifth working day'
        def decided = sweepOn('2016-04-01T08:00:00Z')

        then:
        decided[NoticeKind.ESCALATION] == null
    }
}
