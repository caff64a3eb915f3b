package uk.lscb.cse.kpi

import groovy.json.JsonSlurper
import uk.lscb.cse.notify.Delivery
import uk.lscb.cse.notify.NoticeKind
import uk.lscb.cse.notify.NotifySpec

/**
 * Values collected through the delivery ledger on Slack, with the clock fixed: the quarter to 31 December
 * 2015 closes, and on Monday 4 January 2016 (the sweep runs in the board's working hours) Pat is asked
 * for measure 1 and Education's lead Eve for measure 3. Reminders after 3 working days, the coordinator
 * told after 7 (the board's defaults).
 */
class KpiCollectionSpec extends NotifySpec {
    long kpiPlan

    def setup() {
        clock.set('2016-01-04T08:00:00Z')
        kpiPlan = chasing.importPlan(KpiFixture.YAML)
    }

    Map<NoticeKind, Integer> kpiSweep(String instant) {
        sweepOn(instant).findAll { it.key.name().startsWith('KPI') }
    }

    List kpiLedger() {
        ledger().findAll { it.kind.name().startsWith('KPI') }.collect { [it.kind, it.recipient] }
    }

    def 'a closed quarter asks its owner once, reminds after 3 working days and tells the coordinator after 7'() {
        when: 'Monday 4 January 2016: the quarter to 31 December has closed'
        def monday = kpiSweep('2016-01-04T09:00:00Z')
        def again = kpiSweep('2016-01-04T09:30:00Z')
        send()

        then: 'each owner is asked once (measure 2 is split by agency and has no owner to ask)'
        monday == [(NoticeKind.KPI_REQUEST): 2]
        again == [:]
        kpiLedger() == [[NoticeKind.KPI_REQUEST, 'pat@police.example'], [NoticeKind.KPI_REQUEST, 'eve@school.example']]
        dms().findAll { it[1].contains('Measure') } == [['UPAT', '📊 Measure 1 needs its value for 2015-16 Q3'],
                                                         ['UEVE', '📊 Measure 3 needs its value for 2015-16 Q3']]
        def blocks = new JsonSlurper().parseText(slack.posted().find { it.text.startsWith('📊 Measure 1') }.blocks as String)
        blocks.find { it.type == 'actions' }.elements[0].action_id == 'kpi_value'
        blocks.find { it.type == 'actions' }.elements[0].value == "$kpiPlan|1|2015-16 Q3"

        when: 'Wednesday is 2 working days on; Thursday 3'
        def wednesday = kpiSweep('2016-01-06T09:00:00Z')
        def thursday = kpiSweep('2016-01-07T09:00:00Z')
        def friday = kpiSweep('2016-01-08T09:00:00Z')

        then:
        wednesday == [:]
        thursday == [(NoticeKind.KPI_REMINDER): 2]
        friday == [:]

        when: 'Tuesday 12 January is 6 working days on; Wednesday 13 is 7'
        def tuesday = kpiSweep('2016-01-12T09:00:00Z')
        def escalated = kpiSweep('2016-01-13T09:00:00Z')
        send()

        then: 'the coordinator is told once per measure'
        tuesday == [:]
        escalated == [(NoticeKind.KPI_ESCALATION): 2]
        kpiLedger().findAll { it[0] == NoticeKind.KPI_ESCALATION } == [[NoticeKind.KPI_ESCALATION, 'cat@lscb.example']] * 2
        dms().findAll { it[0] == 'UCAT' }*.get(1) == [
                '🚨 Measure 1 has no value for 2015-16 Q3 and its owner has not answered',
                '🚨 Measure 3 has no value for 2015-16 Q3 and its owner has not answered']
    }

    def 'an owner who answers by /cse kpi 1 21 is not reminded, nor is the coordinator told'() {
        given:
        kpiSweep('2016-01-04T09:00:00Z')
        send()

        when: 'Pat answers on Tuesday'
        clock.set('2016-01-05T11:00:00Z')
        def answer = ask('UPAT', 'kpi 1 21 note two referrals came in late')

        then:
        shown(answer).contains('✅ Saved 2015-16 Q3 of *1* CSE referrals received by the police: *21* by Pat Police')
        shown(answer).contains('🟢 Green against a target of 20')

        expect: 'only Eve is reminded, and only her measure is escalated'
        kpiSweep('2016-01-07T09:00:00Z') == [(NoticeKind.KPI_REMINDER): 1]
        kpiLedger().last() == [NoticeKind.KPI_REMINDER, 'eve@school.example']
        kpiSweep('2016-01-13T09:00:00Z') == [(NoticeKind.KPI_ESCALATION): 1]
        get("/api/plans/$kpiPlan/kpis/1/values").json.collect { [it.value, it.note, it.source, it.channel] } ==
                [[21, 'two referrals came in late', 'SLACK', 'CPLAN']]
    }

    def 'a request answered before its turn to be sent is dropped, not sent'() {
        given: 'the sweep decides the requests; Pat gives the value before the sender runs'
        kpiSweep('2016-01-04T09:00:00Z')
        ask('UPAT', 'kpi 1 21')

        when:
        send()

        then:
        ledger().findAll { it.kind == NoticeKind.KPI_REQUEST }.collect { [it.recipient, it.status] } ==
                [['pat@police.example', Delivery.Status.SUPERSEDED], ['eve@school.example', Delivery.Status.SENT]]
        dms().findAll { it[1].startsWith('📊') } == [['UEVE', '📊 Measure 3 needs its value for 2015-16 Q3']]
    }

    def 'a number replied in the request\'s thread is the value, confirmed in that thread'() {
        given:
        kpiSweep('2016-01-04T09:00:00Z')
        send()
        String request = requestThread(1)

        when:
        clock.set('2016-01-05T11:00:00Z')
        def reply = event([type: 'message', channel: 'DUPAT', channel_type: 'im', user: 'UPAT', text: '21 note two came late',
                           ts: '1800000000.000100', thread_ts: request])

        then:
        reply.status == 200
        eventually.eventually { assert get("/api/plans/$kpiPlan/kpis/1").json.periods[0].value == 21 }
        eventually.eventually {
            assert slack.posted().find { it.thread_ts == request }?.text == 'Saved 2015-16 Q3 of measure 1: 21'
        }
        get("/api/plans/$kpiPlan/kpis/1/values").json[0].note == 'two came late'
    }

    def 'a reply in the thread that is not a number gets a hint and saves nothing'() {
        given:
        kpiSweep('2016-01-04T09:00:00Z')
        send()
        String request = requestThread(1)

        when:
        event([type: 'message', channel: 'DUPAT', channel_type: 'im', user: 'UPAT', text: 'will send it Friday',
               ts: '1800000000.000200', thread_ts: request])

        then:
        eventually.eventually {
            assert slack.calls('chat.postEphemeral').any { it.params.text.contains('reply with the number, e.g. "42"') } ||
                    slack.posted().any { it.text?.contains('reply with the number, e.g. "42"') }
        }
        get("/api/plans/$kpiPlan/kpis/1/values").json == []
    }

    def 'a number replied to a request from a plan since replaced saves nothing, and says which plan is current'() {
        given:
        kpiSweep('2016-01-04T09:00:00Z')
        send()
        String request = requestThread(1)
        clock.set('2016-01-05T10:00:00Z')
        long newer = chasing.importPlan(KpiFixture.YAML.replace('title: Spec plan', 'title: Spec plan, revised'))

        when:
        event([type: 'message', channel: 'DUPAT', channel_type: 'im', user: 'UPAT', text: '21', ts: '1800000000.000300',
               thread_ts: request])

        then:
        eventually.eventually {
            assert (slack.calls('chat.postEphemeral')*.params + slack.posted()).any {
                it.text?.contains('Not saved: this request is from "Spec plan", which is no longer the current plan')
            }
        }
        get("/api/plans/$kpiPlan/kpis/1/values").json == []
        get("/api/plans/$newer/kpis/1/values").json == []
    }

    def 'the button opens a modal with a number input; a fraction of a count keeps it open, a whole number saves'() {
        given:
        clock.set('2016-01-05T11:00:00Z')

        when:
        slack.interact(click('UPAT'))

        then:
        eventually.eventually { assert slack.calls('views.open').size() == 1 }
        String metadata = "$kpiPlan|1|2015-16 Q3|DUPAT"
        with(new JsonSlurper().parseText(slack.calls('views.open')[0].params.view as String)) {
            callback_id == 'cse_kpi'
            private_metadata == metadata
            blocks[1].element == [type: 'number_input', action_id: 'value', is_decimal_allowed: false, min_value: '0']
            blocks[2].optional == true
        }

        when:
        def refused = slack.interact(submit('UPAT', '2.5'))

        then:
        with(new JsonSlurper().parseText(refused.body)) {
            response_action == 'errors'
            errors.value == 'Not saved: this measure is a count: give a whole number (you gave 2.5).'
        }
        get("/api/plans/$kpiPlan/kpis/1/values").json == []

        when:
        def saved = slack.interact(submit('UPAT', '21'))

        then:
        saved.status == 200
        saved.body == ''
        get("/api/plans/$kpiPlan/kpis/1/values").json.collect { [it.value, it.source] } == [[21, 'SLACK']]
        eventually.eventually { assert slack.calls('chat.postMessage').any { it.params.text == 'Saved 2015-16 Q3 of measure 1: 21' } }
        slack.calls('chat.postMessage').find { it.params.text == 'Saved 2015-16 Q3 of measure 1: 21' }.params.channel == 'UPAT'
    }

    def 'someone who does not own the measure pressing its button is told why, and no modal opens'() {
        when:
        slack.interact(click('UOUT'))

        then:
        eventually.eventually { assert slack.calls('chat.postEphemeral').size() == 1 }
        with(slack.calls('chat.postEphemeral')[0].params) {
            user == 'UOUT'
            channel == 'DUOUT'
            text == 'Only the owner of measure 1 (Police (Pat Police)) or a coordinator can give its values.'
        }
        slack.barrier()
        slack.calls('views.open').isEmpty()
    }

    /** The message id of the request for measure {@code number}: its thread takes the value. */
    private String requestThread(int number) {
        sql("""SELECT t.message_id FROM chat_thread t JOIN kpi k ON k.id = t.kpi_id
               WHERE k.plan_id = ? AND k.position = ?""", kpiPlan, number)[0][0]
    }

    private Map click(String user) {
        [type      : 'block_actions', team: [id: slack.team, domain: 'lscb'], user: [id: user, username: user, team_id: slack.team],
         api_app_id: 'A1', token: 'legacy', trigger_id: 'trigger-' + user, channel: [id: 'D' + user, name: 'directmessage'],
         container : [type: 'message'],
         actions   : [[type: 'button', action_id: 'kpi_value', block_id: 'b', value: "$kpiPlan|1|2015-16 Q3".toString(), action_ts: '1']]]
    }

    private Map submit(String user, String value) {
        [type: 'view_submission', team: [id: slack.team, domain: 'lscb'], user: [id: user, username: user, team_id: slack.team],
         api_app_id: 'A1', token: 'legacy', trigger_id: 't',
         view: [id: 'V1', type: 'modal', callback_id: 'cse_kpi', private_metadata: "$kpiPlan|1|2015-16 Q3|".toString(),
                state: [values: [value: [value: [type: 'number_input', value: value]], note: [note: [type: 'plain_text_input', value: null]]]]]]
    }
}
