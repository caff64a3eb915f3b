package uk.lscb.cse.chat.teams

import groovy.json.JsonSlurper
import uk.lscb.cse.kpi.KpiFixture

import static uk.lscb.cse.support.FakeTeams.shown

/** Measures on Teams: the same commands, a card with a number box, and small numbers kept out of channels. */
class TeamsKpiSpec extends TeamsServiceSpec {
    long kpiPlan

    def setup() {
        kpiPlan = board.importPlan(KpiFixture.YAML)
    }

    Map press(String who, Map data, Map extra = [:]) {
        def invoke = activity(who, [type : 'invoke', name: 'adaptiveCard/action',
                                    value: [action: [type: 'Action.Execute', verb: 'kpi', data: [planId: kpiPlan] + data],
                                            trigger: 'manual']] + extra)
        def reply = post(invoke)
        assert reply.status == 200
        new JsonSlurper().parseText(reply.body) as Map
    }

    def 'Pat gives a value by typing kpi 1 3, and sees it exactly in a personal chat but as "fewer than 5" in the channel'() {
        when:
        def given = shown(say('pat', 'kpi 1 3').activity)
        def personal = shown(say('pat', 'kpi 1').activity)
        def channel = shown(say('pat', 'kpi 1', [channel: CHANNEL]).activity)
        def channelList = shown(say('cat', 'kpi', [channel: CHANNEL]).activity)

        then:
        given.contains('✅ Saved 2015-16 Q3 of **1** CSE referrals received by the police: **3** by Pat Police')
        personal.contains('**2015-16 Q3** 3 · 🔴 Red')
        channel.contains('**2015-16 Q3** fewer than 5')
        !channel.contains('Q3** 3')
        !channel.contains('Red')
        channelList.contains('2015-16 Q3: fewer than 5')
        get("/api/plans/$kpiPlan/kpis/1/values").json.collect { [it.value, it.source, it.channel] } == [[3, 'TEAMS', 'a:personal-pat']]
    }

    def 'kpi lists the measures Eve owns and what is due; status has a line for the measures'() {
        when:
        def mine = shown(say('eve', 'kpi').activity)
        def status = shown(say('eve', 'status').activity)

        then:
        mine.contains('Your measures (2)')
        mine.contains('**3** Return interviews held within 72 hours — Education — ⚠️ 2015-16 Q3 is overdue')
        mine.contains('**2** Risk assessments completed (by agency)')
        !mine.contains('**1** CSE referrals')
        status.contains('**Measures** — 3 measures: 0 due, 3 overdue for a value')
    }

    def 'the value card carries a number box and Save value; pressing it records the value and keeps the card'() {
        when:
        def card = say('eve', 'kpi 3').activity.attachments[0].content
        def answer = press('eve', [number: 3, period: '2015-16 Q3', value: '87.5', note: 'audit of 40 cases'])

        then:
        card.body.find { it.type == 'Input.Number' } == [type: 'Input.Number', id: 'value', label: 'Value for 2015-16 Q3', min: 0,
                                                         isRequired: true, errorMessage: 'Give a number of 0 or more.']
        card.actions.find { it.verb == 'kpi' }.data == [planId: kpiPlan, number: 3, period: '2015-16 Q3']
        shown([attachments: [[content: answer.value]]]).contains('✅ Saved 2015-16 Q3 of **3** Return interviews held within 72 hours: **87.5%** by Eve Education')
        get("/api/plans/$kpiPlan/kpis/3/values").json.collect { [it.value, it.note, it.source] } == [[87.5, 'audit of 40 cases', 'TEAMS']]
    }

    def 'a value refused on the card (#why) says so above the number box, and writes nothing'() {
        when:
        def answer = press(who, [number: 3, period: '2015-16 Q3', value: value])
        def words = shown([attachments: [[content: answer.value]]])

        then:
        words.contains(says)
        answer.value.body.any { it.type == 'Input.Number' } == boxAgain
        get("/api/plans/$kpiPlan/kpis/3/values").json == []

        where:
        why               | who   | value  || says                                                                  | boxAgain
        'over 100%'       | 'eve' | '140'  || 'this measure is a percentage: give a number from 0 to 100'          | true
        'empty'           | 'eve' | null   || 'Type the value in the box, then press Save value.'                  | true
        'not the owner'   | 'pat' | '80'   || 'only the owner of measure 3 (Education) or a coordinator'          | false
    }

    def 'a value saved from a card in the channel is shown there as "fewer than 5"'() {
        when:
        def answer = press('pat', [number: 1, period: '2015-16 Q3', value: '2'],
                [conversation: [id: CHANNEL, conversationType: 'channel', isGroup: true, tenantId: tenant]])
        def words = shown([attachments: [[content: answer.value]]])

        then:
        words.contains('✅ Saved 2015-16 Q3 of **1** CSE referrals received by the police: **fewer than 5** by Pat Police')
        !words.contains('**2**')
        get("/api/plans/$kpiPlan/kpis/1/values").json*.value == [2]
    }
}
