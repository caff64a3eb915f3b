package uk.lscb.cse.plan.transfer

import org.apache.commons.csv.CSVFormat
import uk.lscb.cse.support.ServiceSpec

/**
 * Plan and people files as board managers make them in spreadsheets: what a spreadsheet would run
 * is exported inert and comes back unchanged, and a file the database could not hold is refused
 * with its row and column rather than failing half-way.
 */
class CsvFilesSpec extends ServiceSpec {
    static final String HEADER = 'theme,ref,action,how,outcomes,leads,timescale,rag,progress,priority,review_refs'
    static final int MAX_ACTIONS = 5

    @Override
    Map<String, Object> properties() { ['cse.plans.max-actions': MAX_ACTIONS] }

    static String yamlWith(String text) {
        """
title: Formulas
themes:
  - name: Prevention
    actions:
      - ref: "1.1"
        action: '${text.replace("'", "''")}'
        how: '${text.replace("'", "''")}'
        leads: [Police]
        rag: G
        progress: '${text.replace("'", "''")}'
"""
    }

    static Map cells(String csv) {
        def record = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).records[0]
        [action: record.get('action'), how: record.get('how'), progress: record.get('progress')]
    }

    def 'a cell a spreadsheet would run (#text) is exported as #exported and imported back unchanged'() {
        given:
        String slug = boardWithPeople('formula')
        long planId = post("/api/boards/$slug/plans", yamlWith(text), 'application/yaml').json.planId as long

        when:
        String csv = get("/api/plans/$planId", [Accept: 'text/csv']).body
        def again = post("/api/boards/$slug/plans?title=Again", csv, 'text/csv')

        then:
        cells(csv) == [action: exported, how: exported, progress: exported]
        again.status == 201
        with(get("/api/plans/${again.json.planId}/actions/1.1").json) {
            it.text == text
            it.how == text
            it.lastUpdate.note == text
        }

        where:
        text                                          | exported
        '=HYPERLINK("https://evil.example","Click")' | "'=HYPERLINK(\"https://evil.example\",\"Click\")"
        '+44 more schools'                            | "'+44 more schools"
        '-2 weeks behind the plan'                    | "'-2 weeks behind the plan"
        '@SUM(A1:A9)'                                 | "'@SUM(A1:A9)"
        "'=written with a quote already"              | "''=written with a quote already"
        "'quoted, but no formula"                     | "'quoted, but no formula"
        'Sessions = 12, +3 planned'                   | 'Sessions = 12, +3 planned'
    }

    def 'a cell starting with #what is exported quoted and read back the same'() {
        given:
        def format = new CsvPlanFormat()
        def plan = new PlanDocument(null, 'T', null, null, [], [new PlanDocument.Theme('P', null, [
                new PlanDocument.Action('1.1', null, 'Act', text, null, [], null, 'G', null, null, [], null)])], [])

        when:
        String csv = format.write(plan)

        then:
        cells(csv).how == "'" + text
        format.read(csv.replace("'$text", "'$text"), 'T').themes()[0].actions()[0].how() == text.strip()

        where:
        what              | text
        'a tab'           | '\t=1+1'
        'a carriage return' | '\r=1+1'
    }

    def 'a plan file whose header names #column twice is refused with the row and column'() {
        given:
        String slug = boardWithPeople('duphead')

        when:
        def reply = post("/api/boards/$slug/plans?title=Dup", csv, 'text/csv')

        then:
        reply.status == 400
        reply.json.problems == [[where: 'row 1', field: column, reason: reason]]
        get("/api/boards/$slug/plans").json == []

        where:
        column   | csv                                                   | reason
        'theme'  | 'theme,action,theme\nPrevention,Do a thing,Pursuit'   | 'the header row names theme twice (columns 1 and 3); keep one'
        'action' | 'theme,Action,ref,action \nPrevention,Do,1.1,Again'   | 'the header row names action twice (columns 2 and 4); keep one'
    }

    def 'a people file whose header names email twice is refused with the row and column'() {
        given:
        String slug = boardWithPeople('duppeople')

        when:
        def reply = post("/api/boards/$slug/people", 'name,email,agency,email\nPat,pat@police.example,Police,x@y.example', 'text/csv')

        then:
        reply.status == 400
        reply.json.problems == [[where: 'row 1', field: 'email', reason: 'the header row names email twice (columns 2 and 4); keep one']]
        get("/api/boards/$slug/people").json == []
    }

    def 'a plan file with #what too long for the database is refused with its row and column'() {
        given:
        String slug = boardWithPeople('toolong')

        when:
        def reply = post("/api/boards/$slug/plans?title=${URLEncoder.encode(title, 'UTF-8')}", "$HEADER\n$row", 'text/csv')

        then:
        reply.status == 400
        reply.json.problems == [[where: where, field: field, reason: reason]]
        get("/api/boards/$slug/plans").json == []

        where:
        what               | title      | row                                                     | where   | field       | reason
        'a theme name'     | 'Long'     | "${'T' * 256},,Do,,,Police,,G,,,"                       | 'row 2' | 'theme'     | 'is longer than 255 characters'
        'a timescale'      | 'Long'     | "P,,Do,,,Police,${'Sept 2015 ' * 51},G,,,"              | 'row 2' | 'timescale' | 'is longer than 500 characters'
        'the how'          | 'Long'     | "P,,Do,${'h' * 10_001},,Police,,G,,,"                   | 'row 2' | 'how'       | 'is longer than 10000 characters'
        'the outcomes'     | 'Long'     | "P,,Do,,${'o' * 10_001},Police,,G,,,"                   | 'row 2' | 'outcomes'  | 'is longer than 10000 characters'
        'the progress'     | 'Long'     | "P,,Do,,,Police,,G,${'p' * 10_001},,"                   | 'row 2' | 'progress'  | 'is longer than 10000 characters'
        'the title'        | 'T' * 501  | 'P,,Do,,,Police,,G,,,'                                  | 'plan'  | 'title'     | 'is longer than 500 characters'
    }

    def 'a YAML plan with #what too long for the database is refused with where it is'() {
        given:
        String slug = boardWithPeople('toolongyaml')

        when:
        def reply = post("/api/boards/$slug/plans", yaml, 'application/yaml')

        then:
        reply.status == 400
        reply.json.problems == [[where: where, field: field, reason: reason]]

        where:
        what                  | yaml                                                                                                          | where              | field            | reason
        'a review cadence'    | "title: T\nreviewCadence: ${'q' * 256}\nthemes: [{name: P, actions: [{action: Do}]}]"                       | 'plan'             | 'reviewCadence'  | 'is longer than 255 characters'
        'a recommendation ref'| "title: T\nrecommendations: [{ref: ${'r' * 33}, text: x}]\nthemes: [{name: P, actions: [{action: Do}]}]"    | 'recommendations'  | 'ref'            | 'is longer than 32 characters'
        'a KPI measure'       | "title: T\nthemes: [{name: P, actions: [{action: Do}]}]\nkpis: [{measure: ${'m' * 501}}]"                   | 'kpis[1]'          | 'measure'        | 'is longer than 500 characters'
        'an objective'        | "title: T\nthemes: [{name: P, actions: [{action: Do, objective: ${'o' * 10_001}}]}]"                        | 'themes[1].actions[1]' | 'objective'  | 'is longer than 10000 characters'
    }

    def 'a people file with #what too long for the database is refused with its row and column'() {
        given:
        String slug = boardWithPeople('toolongpeople')

        when:
        def reply = post("/api/boards/$slug/people", "name,email,agency,role\n$row", 'text/csv')

        then:
        reply.status == 400
        reply.json.problems == [[where: 'row 2', field: field, reason: 'is longer than 255 characters']]
        get("/api/boards/$slug/people").json == []

        where:
        what       | row                                                   | field
        'a name'   | "${'N' * 256},pat@police.example,Police,lead"         | 'name'
        'an email' | "Pat,${'p' * 250}@police.example,Police,lead"         | 'email'
        'an agency'| "Pat,pat@police.example,${'A' * 256},lead"            | 'agency'
    }

    def 'a plan of more actions than a board may import (#count) is refused naming the cap'() {
        given:
        String slug = boardWithPeople('cap')
        String rows = (1..count).collect { "P,,Action $it,,,Police,,G,,," }.join('\n')

        when:
        def reply = post("/api/boards/$slug/plans?title=Big", "$HEADER\n$rows", 'text/csv')

        then:
        reply.status == status
        status == 201 || reply.json.problems == [[where: 'plan', field: 'actions',
                reason: "has $count actions; a plan may have at most $MAX_ACTIONS (the service's CSE_PLANS_MAX_ACTIONS)"]]

        where:
        count           | status
        MAX_ACTIONS     | 201
        MAX_ACTIONS + 1 | 400
    }
}
