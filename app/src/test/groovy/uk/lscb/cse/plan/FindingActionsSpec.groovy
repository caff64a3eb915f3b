package uk.lscb.cse.plan

import uk.lscb.cse.support.PlanBoard
import uk.lscb.cse.support.ServiceSpec

class FindingActionsSpec extends ServiceSpec {
    long planId

    def setup() {
        clock.set('2016-01-15T10:00:00Z')
        planId = PlanBoard.withPlan(this, 'finding').planId
    }

    def 'listing actions with #query gives #refs'() {
        expect:
        get("/api/plans/$planId/actions$query").json*.ref == refs

        where:
        query                              | refs
        ''                                 | ['1.1', '1.2', '2.1', '2.2']
        '?rag=amber'                       | ['1.1']
        '?rag=red,complete'                | ['2.1', '2.2']
        '?overdue=true'                    | ['1.1']                // 2.1 is complete, 2.2 is ongoing
        '?lead=pat@police.example'         | ['1.2', '2.1', '2.2']  // named on 1.2, Police on 2.1 and 2.2
        '?lead=Education'                  | ['1.1', '2.2']
        '?lead=education'                  | ['1.1', '2.2']
        '?lead=eve@school.example&rag=red' | ['2.2']
        '?theme=2'                         | ['2.1', '2.2']
        '?theme=Pursuit&overdue=true'      | []
    }

    def 'an overdue action says how late it is in the board time zone'() {
        when:
        def action = get("/api/plans/$planId/actions/1.1").json

        then:
        action.overdue
        action.daysOverdue == 107                              // due 30 Sept 2015
        action.timescale == [text: 'Sept 2015', due: '2015-09-30', precision: 'MONTH', reviewDate: null, milestones: [],
                             flagged: false]
    }

    def 'the summary counts by RAG and theme, overdue, stale and priority actions not green'() {
        given: 'one action updated a fortnight after the import'
        clock.set('2016-01-29T10:00:00Z')
        postJson("/api/plans/$planId/actions/1.2/updates", [note: 'pages drafted', author: 'pat@police.example'])

        when: 'a month after the import'
        clock.set('2016-02-13T10:00:00Z')
        def summary = get("/api/plans/$planId/summary").json

        then:
        summary.actions == 4
        summary.byRag == [RED: 1, AMBER: 1, GREEN: 1, COMPLETE: 1, NOT_STARTED: 0, NOT_RATED: 0]
        summary.byTheme.collect { [it.name, it.actions, it.overdue] } == [['Prevention', 2, 1], ['Pursuit', 2, 0]]
        summary.overdue == 1
        summary.notUpdatedFor28Days == 2                         // 1.1 and 2.2; 2.1 is complete, 1.2 was updated
        summary.priorityNotGreen*.ref == ['1.1', '2.2']
        summary.priorityNotGreen[1].leads == ['Education', 'Police']
        summary.asOf == '2016-02-13'
    }

    def 'the summary asked twice in one minute shows an update made in between'() {
        given: 'the summary has been read once'
        assert get("/api/plans/$planId/summary").json.byRag.GREEN == 1

        when: 'a lead turns 1.1 green within the same minute'
        clock.set('2016-01-15T10:00:20Z')
        assert postJson("/api/plans/$planId/actions/1.1/updates", [rag: 'green', author: 'eve@school.example']).status == 201
        def summary = get("/api/plans/$planId/summary").json

        then:
        summary.byRag.GREEN == 2
        summary.byRag.AMBER == 0
        summary.priorityNotGreen*.ref == ['2.2']
    }

    def 'the summary moves on with the clock: an action falls overdue at midnight in the board time zone'() {
        given: '1.2 is due by the end of March 2016'
        clock.set('2016-03-31T22:59:00Z')                      // 23:59 BST
        assert get("/api/plans/$planId/summary").json.overdue == 1

        when:
        clock.set('2016-03-31T23:00:00Z')                      // midnight BST

        then:
        get("/api/plans/$planId/summary").json.overdue == 2
    }

    def 'asking for a plan or action that does not exist gets 404 naming it'() {
        expect:
        get("/api/plans/$planId/actions/9.9").json.error == "plan $planId has no action '9.9'"
        get("/api/plans/$planId/actions/2.3").json.error == "plan $planId has no action '2.3'; did you mean 2.1?"
        get('/api/plans/999999/summary').status == 404
    }
}
