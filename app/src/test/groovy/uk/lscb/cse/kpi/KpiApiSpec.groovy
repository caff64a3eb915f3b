package uk.lscb.cse.kpi

import uk.lscb.cse.plan.transfer.SeedPlansSpec
import uk.lscb.cse.support.PlanBoard
import uk.lscb.cse.support.ServiceSpec

class KpiApiSpec extends ServiceSpec {

    def 'the Thurrock measures from the shipped seed come with their themes, owners and periods'() {
        given:
        String slug = boardWithPeople('thurrock-kpis')
        long planId = post("/api/boards/$slug/plans", SeedPlansSpec.seed('thurrock-2015-16.yaml'), 'application/yaml').json.planId as long

        when: 'asked on 15 Jan 2016'
        def kpis = get("/api/plans/$planId/kpis").json

        then:
        kpis.collect { [it.number, it.theme, it.ownerAgency, it.period] } == [
                [1, 'Assessments', null, 'monthly'],
                [2, 'Assessments', 'Sexual Health Services', 'quarterly'],
                [3, 'Assessments', 'Essex Police', 'quarterly'],
                [4, 'Assessments', 'Social Care', 'annual'],
                [5, 'On Going Support and Enforcement', 'Essex Police', 'quarterly'],
                [6, 'On Going Support and Enforcement', 'Essex Police', 'quarterly'],
                [7, 'On Going Support and Enforcement', 'Essex Police', 'quarterly'],
                [8, 'On Going Support and Enforcement', 'Licencing / Thurrock Borough Council', 'quarterly'],
                [9, 'On Going Support and Enforcement', null, 'quarterly']]
        kpis[0].byAgency
        kpis[3].direction == 'LOWER'
        kpis[8].direction == 'HIGHER'

        and: 'the plan runs from January 2015: its first quarter is the financial year 2014-15 Q4, the latest closed 2015-16 Q3'
        kpis[2].periods*.period == ['2015-16 Q3', '2015-16 Q2', '2015-16 Q1', '2014-15 Q4']
        kpis[0].periods[0].period == '2015-12'
        kpis[3].periods*.period == ['2014-15']
        kpis.every { it.status == 'OVERDUE' }
    }

    def 'a value is an entry: a correction is a new one, the latest per period wins and the history keeps both'() {
        given:
        PlanBoard board = PlanBoard.withPeople(this, 'kpi-values')
        long planId = board.importPlan(KpiFixture.YAML)

        when:
        def first = give(planId, 1, 'pat@police.example', [value: '18'])
        def correction = give(planId, 1, 'pat@police.example', [value: '21', period: 'Q3', note: 'two late referrals added'])
        def older = give(planId, 1, 'cat@lscb.example', [value: '15', period: '2015-16 Q2'])

        then:
        [first, correction, older]*.status == [201, 201, 201]
        with(get("/api/plans/$planId/kpis/1").json) {
            periods[0].period == '2015-16 Q3'
            periods[0].value == 21
            periods[0].rag == 'GREEN'
            periods[1].value == 15
            periods[1].rag == 'AMBER'
            status == 'UP_TO_DATE'
        }
        get("/api/plans/$planId/kpis/1/values").json.collect { [it.period, it.value, it.author, it.source] } == [
                ['2015-16 Q2', 15, 'cat@lscb.example', 'API'],
                ['2015-16 Q3', 21, 'pat@police.example', 'API'],
                ['2015-16 Q3', 18, 'pat@police.example', 'API']]
        sql("SELECT change_, old_value, new_value FROM audit_entry WHERE entity = 'kpi_value' AND entity_id = ?",
                correction.json.id) == [['corrected', '2015-16 Q3: 18', '2015-16 Q3: 21']]
    }

    def 'a measure split by agency adds up each agency\'s latest part'() {
        given:
        PlanBoard board = PlanBoard.withPeople(this, 'kpi-split')
        long planId = board.importPlan(KpiFixture.YAML)

        when:
        give(planId, 2, 'pat@police.example', [value: '7'])
        give(planId, 2, 'eve@school.example', [value: '2'])
        give(planId, 2, 'pat@police.example', [value: '9'])

        then:
        with(get("/api/plans/$planId/kpis/2").json.periods[0]) {
            period == '2015-12'
            value == 11
            parts == [Police: 9, Education: 2]
        }
    }

    def '#why: nothing is written'() {
        given:
        PlanBoard board = PlanBoard.withPeople(this, 'kpi-refused')
        long planId = board.importPlan(KpiFixture.YAML)

        when:
        def reply = give(planId, number, who, body)

        then:
        reply.status == status
        reply.json.error.contains(message)
        get("/api/plans/$planId/kpis/$number/values").json == []

        where:
        why                           | number | who                  | body                              || status | message
        'not a number'                | 1      | 'pat@police.example' | [value: 'lots']                   || 400    | '"lots" is not a number: give the count as a whole number, e.g. kpi 1 42'
        'a negative count'            | 1      | 'pat@police.example' | [value: '-3']                     || 400    | 'a value cannot be negative'
        'a fraction of a count'       | 1      | 'pat@police.example' | [value: '2.5']                    || 400    | 'this measure is a count: give a whole number'
        'a percentage over 100'       | 3      | 'eve@school.example' | [value: '120%']                   || 400    | 'give a number from 0 to 100'
        'no such quarter'             | 1      | 'pat@police.example' | [value: '4', period: 'Q7']        || 400    | 'give a quarter such as Q2 or 2015-16 Q4'
        'a period not yet closed'     | 1      | 'pat@police.example' | [value: '4', period: '2015-16 Q4'] || 400   | '2015-16 Q4 runs until 2016-03-31: give its value once it has closed'
        'not the owner'               | 1      | 'eve@school.example' | [value: '4']                      || 403    | 'only the owner of measure 1 (Police (Pat Police)) or a coordinator'
        'a note naming a child'       | 1      | 'pat@police.example' | [value: '4', note: 'incl. Jo Bloggs DOB 01/02/2009'] || 400 | 'This note was not saved'
    }

    def 'a measure is added and changed over the admin API, audited old to new'() {
        given:
        PlanBoard board = PlanBoard.withPeople(this, 'kpi-edit')
        long planId = board.importPlan(KpiFixture.YAML)

        when:
        def added = postJson("/api/plans/$planId/kpis", [measure: 'Children missing from care', owner: 'Social Care',
                                                          period: 'half-yearly', direction: 'lower', target: 10])
        def changed = put("/api/plans/$planId/kpis/4", [yearStart: 'January', target: 8, ownerPerson: 'cat@lscb.example'])
        def unknown = put("/api/plans/$planId/kpis/4", [period: 'fortnightly'])

        then:
        added.status == 201
        added.json.number == 4
        changed.json.target == 8
        changed.json.yearStartMonth == 1
        changed.json.ownerPerson == 'Cat Coordinator'
        changed.json.periods[0].period == '2015 H2'
        unknown.status == 400
        unknown.json.error.contains("period 'fortnightly' is not monthly, quarterly, half-yearly or annual")
        sql("SELECT change_ FROM audit_entry WHERE entity = 'kpi' ORDER BY id DESC LIMIT 2")*.get(0) == ['updated', 'added']
    }

    def 'a board sets its reminder and escalation days and its small-number threshold'() {
        given:
        String slug = boardWithPeople('kpi-settings')

        when:
        def saved = put("/api/boards/$slug/kpi-settings", [suppressBelow: 10, remindAfterDays: 2])
        def refused = put("/api/boards/$slug/kpi-settings", [escalateAfterDays: 1])

        then:
        get("/api/boards/$slug/kpi-settings").json == [remindAfterDays: 2, escalateAfterDays: 7, suppressBelow: 10]
        saved.status == 200
        refused.status == 400
        refused.json.error.contains('must be more than remindAfterDays')
    }

    def 'an owner erased from the board leaves their values, by pseudonym, and the measure to their agency'() {
        given:
        PlanBoard board = PlanBoard.withPeople(this, 'kpi-erase')
        long planId = board.importPlan(KpiFixture.YAML)
        give(planId, 1, 'pat@police.example', [value: '21', note: 'checked with Pat Police'])
        long patId = sql("SELECT id FROM person WHERE email = 'pat@police.example' AND board_id = (SELECT board_id FROM plan WHERE id = ?)", planId)[0][0] as long

        when:
        def erased = send('DELETE', "/api/boards/$board.slug/people/pat@police.example", null, null)

        then:
        erased.status == 200
        erased.json.changed.kpiValues == 1
        erased.json.changed.measuresOwned == 1
        get("/api/plans/$planId/kpis/1/values").json.collect { [it.author, it.note] } ==
                [["former lead #$patId".toString(), "checked with former lead #$patId".toString()]]
        with(get("/api/plans/$planId/kpis/1").json) {
            ownerAgency == 'Police'
            ownerPerson == null
            periods[0].value == 21
        }
    }

    private def give(long planId, int number, String email, Map body) {
        send('POST', "/api/plans/$planId/kpis/$number/values", groovy.json.JsonOutput.toJson(body), 'application/json',
                [Authorization: "Bearer ${tokenOf(email)}".toString()])
    }
}
