package uk.lscb.cse.plan.transfer

import uk.lscb.cse.support.ServiceSpec

class ImportingPlanSpec extends ServiceSpec {
    static final String HEADER = 'theme,ref,action,how,outcomes,leads,timescale,rag,progress,priority,review_refs'

    def 'a CSV plan with quoted multi-line cells, extra columns and any column order is imported with its counts'() {
        given:
        String slug = boardWithPeople('csv', ['Pat Police,pat@police.example,Police,lead'])
        String csv = '''rag,theme,action,leads,timescale,ref,notes for us,how,priority,progress
G,Prevention,"Raise awareness in schools,
including primary",Education;pat@police.example,Sept2015,1.1,ignored,"Training
sessions",yes,"Done in 12 schools"
"G /A",Prevention,Map provision,Education;EDUCATION,Jan 2015 March 2015,,,,no,
,Pursuit,Disrupt perpetrators,Police,Ongoing,,,,,
Ambe,Pursuit,Draft the protocol,Police,1st Draft to the September subgroup meeting,,,,,
'''

        when:
        def reply = post("/api/boards/$slug/plans?title=Test%20plan", csv, 'text/csv')

        then:
        reply.status == 201
        with(reply.json) {
            title == 'Test plan'
            themes == 2
            actions == 4
            leads == 3                 // Education (two spellings), pat@…, Police
            rag == [COMPLETE: 1, AMBER: 2, NOT_RATED: 1]  // "Done in 12 schools" opens the G row's progress
            generatedRefs == 3
            flaggedTimescales == 1
            ignoredColumns == ['notes for us']
        }

        when:
        def actions = get("/api/plans/${reply.json.planId}/actions").json

        then: 'refs the file lacks are generated per theme, skipping the ones it uses'
        actions*.ref == ['1.1', '1.2', '2.1', '2.2']
        with(actions[0]) {
            text == 'Raise awareness in schools,\nincluding primary'
            how == 'Training\nsessions'
            priority
            leadAgencies == ['Education']
            leadPeople*.email == ['pat@police.example']
            timescale.due == '2015-09-30'
            timescale.precision == 'MONTH'
            rag == 'COMPLETE'
            ragWording == 'G'
            lastUpdate.note == 'Done in 12 schools'
            lastUpdate.source == 'IMPORT'
        }
        with(actions[1]) {
            rag == 'AMBER'
            ragWording == 'G /A'
            leadAgencies == ['Education']
            timescale.milestones*.due == ['2015-01-31', '2015-03-31']
        }
        actions[2].timescale.precision == 'ONGOING'
        with(actions[3].timescale) {
            text == '1st Draft to the September subgroup meeting'
            due == null
            flagged
        }
    }

    def 'a CSV plan with #problem is refused with row-numbered errors and nothing is written'() {
        given:
        String slug = boardWithPeople('badcsv')

        when:
        def reply = post("/api/boards/$slug/plans", csv, 'text/csv')

        then:
        reply.status == 400
        reply.json.problems.collect { "${it.where} ${it.field}: ${it.reason}".toString() }.every { line -> expected.any { line.contains(it) } }
        reply.json.problems.size() == expected.size()
        get("/api/boards/$slug/plans").json == []

        where:
        problem                 | csv                                                                                   | expected
        'an unreadable RAG'     | "$HEADER\nP,,Do a thing,,,Police,Sept 2015,Purple,,,\nP,,Another,,,Police,Sept 2015,G,,,"   | ["row 2 rag: 'Purple' is not a RAG rating"]
        'an impossible date'    | "$HEADER\nP,,Do a thing,,,Police,31/02/2016,G,,,"                                        | ['row 2 timescale: timescale date \'31/02/2016\' does not exist']
        'no action text'        | "$HEADER\nP,,,,,Police,Sept 2015,G,,,\nP,,Ok,,,Police,Sept 2015,G,,,"                        | ['row 2 action: is empty']
        'a duplicated ref'      | "$HEADER\nP,1.1,One,,,Police,,,,,\nP,1.1,Two,,,Police,,,,,"                                 | ["row 3 ref: '1.1' is used by more than one action"]
        'an unknown person'     | "$HEADER\nP,,One,,,nobody@example.org,,,,,"                                               | ['row 2 leads: nobody@example.org is not one of the board\'s people']
        'a bad priority'        | "$HEADER\nP,,One,,,Police,,,,maybe,"                                                     | ["row 2 priority: 'maybe' is not yes or no"]
        'no action column'      | 'ref,lead\n1,Police'                                                                  | ['row 1 null: the header row has no action column (its headings: ref, lead)']
        'several problems'      | "$HEADER\nP,,One,,,Police,Smarch 2015x,Q,,,\nP,,,,,Police,,,,,"                             | ["row 2 rag", "row 3 action"]
    }

    def 'a YAML plan with a misspelt field is refused with its line and the fields it could have meant'() {
        given:
        String slug = boardWithPeople('badyaml')

        when:
        def reply = post("/api/boards/$slug/plans", '''title: A plan
themes:
  - name: Prevention
    actions:
      - action: Do a thing
        timescal: Sept 2015
''', 'application/yaml')

        then:
        reply.status == 400
        def problem = reply.json.problems[0]
        problem.where.startsWith('themes[1].actions[1] (line ')
        problem.reason.contains("unknown field 'timescal'")
        problem.reason.contains('timescale')
        get("/api/boards/$slug/plans").json == []
    }

    def 'a YAML plan that is #what is refused with where and why, not half-read'() {
        given:
        String slug = boardWithPeople('notyaml')

        when:
        def reply = post("/api/boards/$slug/plans", yaml, 'application/yaml')

        then:
        reply.status == 400
        reply.json.problems[0].where.contains(where)
        reply.json.problems[0].reason.contains(reason)
        get("/api/boards/$slug/plans").json == []

        where:
        what                    | yaml                                          | where         | reason
        'not YAML'              | 'title: "unclosed\nthemes: []'                | 'line'        | 'not valid YAML: while scanning a quoted scalar'
        'of the wrong shape'    | 'title: [a, list]'                            | 'title'       | 'expected a single value'
        'missing its actions'   | 'title: T\nthemes:\n  - name: P\n    actions: x' | 'themes[1]' | 'expected a list'
    }

    def 'importing into a board that does not exist says how to create it'() {
        when:
        def reply = post('/api/boards/no-such-board/plans', "$HEADER\nP,,One,,,Police,,,,,", 'text/csv')

        then:
        reply.status == 404
        reply.json.error == "no board 'no-such-board'; create it with PUT /api/boards/no-such-board"
    }
}
