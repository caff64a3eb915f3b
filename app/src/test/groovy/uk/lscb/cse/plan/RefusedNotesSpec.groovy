package uk.lscb.cse.plan

import spock.lang.AutoCleanup
import uk.lscb.cse.support.CapturedLog
import uk.lscb.cse.support.PlanBoard
import uk.lscb.cse.support.ServiceSpec

/**
 * Every way a note gets in passes the board's safeguarding guard: a plan file's progress column
 * (CSV and YAML), and an update with the board's own case-record number formats, set over the
 * admin API. A refusal names the kind of detail, and neither it nor the log repeats the note.
 */
class RefusedNotesSpec extends ServiceSpec {
    static final String CHILD = 'Jane Smith, 14, from Stockport'
    static final String REASON = 'was not imported: it contains what looks like an age next to a name; progress is about' +
            ' the plan, not about children, so reword the cell without identifying anyone'

    @AutoCleanup CapturedLog log = CapturedLog.start()

    def setup() {
        clock.set('2016-01-15T10:00:00Z')
    }

    def 'a CSV plan whose row 3 progress names a child with her age is refused at row 3, and nothing is imported'() {
        given:
        PlanBoard board = PlanBoard.withPeople(this, 'csvguard')
        String csv = '''theme,ref,action,leads,timescale,rag,progress
Prevention,1.1,Awareness sessions,Education,Sept 2015,G,Delivered in 14 schools
Prevention,1.2,Return interviews,Police,Dec 2015,A,"''' + CHILD + ''' missed her interview"
'''

        when:
        def reply = post("/api/boards/$board.slug/plans?title=Guarded", csv, 'text/csv')

        then:
        reply.status == 400
        reply.json.problems == [[where: 'row 3', field: 'progress', reason: REASON]]
        !reply.body.contains('Jane') && !reply.body.contains('Stockport')
        get("/api/boards/$board.slug/plans").json == []
        !log.mentions('Jane Smith')

        and: 'the request is logged by its route, without its query'
        log.events.any { it.logger.endsWith('RequestLog') && it.message.startsWith('POST /api/boards/{slug}/plans 400 in ') }
        !log.mentions('Guarded')
    }

    def 'a YAML plan with a child\'s date of birth in a progress cell is refused at that action'() {
        given:
        PlanBoard board = PlanBoard.withPeople(this, 'yamlguard')
        String yaml = PlanFixture.YAML.replace('rag: G\n', 'rag: G\n        progress: "Met Smith, Jane 03/04/2012 at the hub"\n')

        when:
        def reply = post("/api/boards/$board.slug/plans", yaml, 'application/yaml')

        then:
        reply.status == 400
        reply.json.problems*.where == ['themes[1].actions[2]']
        reply.json.problems*.reason*.startsWith('was not imported: it contains what looks like a name next to a date of birth') == [true]
        !reply.body.contains('03/04/2012')
        get("/api/boards/$board.slug/plans").json == []
        !log.mentions('03/04/2012')
    }

    def 'a board\'s case-record numbers, set over PUT /api/boards/{slug}, are refused in its notes and no other board\'s'() {
        given:
        PlanBoard guarded = PlanBoard.withPlan(this, 'caserefs')
        PlanBoard other = PlanBoard.withPlan(this, 'nocaserefs')
        String note = 'LCS-123456 stepped down to early help'

        when:
        guarded.set(caseRecordPatterns: 'LCS######,  CP/####/####')

        then:
        get("/api/boards/$guarded.slug").json.caseRecordPatterns == 'LCS######, CP/####/####'

        when:
        def refused = postJson("/api/plans/$guarded.planId/actions/1.1/updates", [rag: 'green', note: note, author: 'eve@school.example'])
        def saved = postJson("/api/plans/$other.planId/actions/1.1/updates", [rag: 'green', note: note, author: 'eve@school.example'])

        then:
        refused.status == 400
        refused.json.error.startsWith('This note was not saved: it contains what looks like a case-record number.')
        !refused.body.contains('123456')
        guarded.history('1.1').size() == 1
        saved.status == 201
        !log.mentions('123456')

        when: 'the board clears its patterns'
        guarded.set(caseRecordPatterns: '')

        then:
        get("/api/boards/$guarded.slug").json.caseRecordPatterns == null
        postJson("/api/plans/$guarded.planId/actions/1.1/updates", [rag: 'green', note: note, author: 'eve@school.example']).status == 201
    }

    def 'a case-record pattern "#pattern" is refused with what to write instead, and the board keeps its old one'() {
        given:
        PlanBoard board = PlanBoard.withPeople(this, 'badcaserefs')
        board.set(caseRecordPatterns: 'LCS######')

        when:
        def reply = put("/api/boards/$board.slug", [caseRecordPatterns: pattern])

        then:
        reply.status == 400
        reply.json.error.contains(message)
        get("/api/boards/$board.slug").json.caseRecordPatterns == 'LCS######'

        where:
        pattern                  | message
        'LCS'                    | "'LCS' is not a case-record number pattern; write # for each digit"
        '####'                   | "'####' is not a case-record number pattern"   // every year in every note
        'LCS(\\d{6})'            | "'LCS(\\d{6})' is not a case-record number pattern"
        (1..11).collect { "A$it####" }.join(',') | 'give at most 10 patterns'
    }
}
