package uk.lscb.cse.bench

import uk.lscb.cse.board.Board
import uk.lscb.cse.board.Boards
import uk.lscb.cse.db.Jdbc
import uk.lscb.cse.notify.DailySweep
import uk.lscb.cse.notify.WeeklyDigest
import uk.lscb.cse.support.ServiceSpec

/**
 * Benchmark, not a spec: one overdue sweep and one digest run over 50 boards, at two plan sizes
 * with the same number of overdue actions, and at the first size with twice as many overdue.
 * Reports wall time and database round trips (the server's Questions counter). Run with
 *   ./mvnw -pl app test -Dtest=ScheduleBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
class ScheduleBenchmark extends ServiceSpec {
    static final int BOARDS = Integer.getInteger('bench.boards', 50)

    /** The boards this run made: their undelivered alerts are removed after it, so no spec's sender finds them. */
    private final List<Long> made = []

    def cleanup() {
        made.collate(500).each { ids -> sql("DELETE FROM delivery WHERE board_id IN (${Jdbc.marks(ids.size())})", *ids) }
    }

    def 'overdue sweep and digest cost over 50 boards'() {
        given:
        clock.set('2015-12-28T10:00:00Z')
        def runs = [[actions: 500, overdue: 100], [actions: 2000, overdue: 100], [actions: 500, overdue: 200]]

        when:
        def results = runs.collect { run ->
            List<Board> boards = (1..BOARDS).collect { board(run.actions as int, run.overdue as int) }
            // Plans imported two weeks before: the digest's week holds what a board changed, not the import.
            clock.set('2016-01-11T09:00:00Z')                    // a Monday: sweep and digest day
            def sweep = measure { boards.each { bean(DailySweep).run(it) } }
            def digest = measure { boards.each { bean(WeeklyDigest).scheduled(it) } }
            clock.set('2015-12-28T10:00:00Z')
            run + [sweepMs: sweep.ms, sweepTrips: sweep.trips, digestMs: digest.ms, digestTrips: digest.trips,
                   decided: count(boards)]
        }

        then:
        println "\n| actions per board | overdue per board | boards | sweep ms | sweep round trips | alerts decided | digest ms | digest round trips |"
        println '|---|---|---|---|---|---|---|---|'
        results.each { r ->
            println "| ${r.actions} | ${r.overdue} | $BOARDS | ${r.sweepMs} | ${r.sweepTrips} | ${r.decided} | ${r.digestMs} | ${r.digestTrips} |"
        }
        true
    }

    private Board board(int actions, int overdue) {
        String slug = boardWithPeople('bench', ['Lee Lead,lead@police.example,Police,lead', 'Cam Coord,cam@lscb.example,LSCB,coordinator'])
        put("/api/boards/$slug", [slackTeamId: 'T' + UUID.randomUUID().toString().replace('-', '').substring(0, 12).toUpperCase(),
                                  slackDigestChannel: 'CDIGEST'])
        StringBuilder yaml = new StringBuilder('title: Benchmark plan\nthemes:\n')
        int perTheme = actions.intdiv(5)
        int n = 0
        (1..5).each { t ->
            yaml << "  - name: Theme $t\n    actions:\n"
            perTheme.times {
                n++
                yaml << "      - action: Action $n of a plan as long as the real ones\n        leads: [Police]\n"
                yaml << "        timescale: ${n <= overdue ? 'Sept 2015' : 'Dec 2030'}\n        rag: ${['G', 'A', 'R'][n % 3]}\n"
                yaml << (n % 20 == 0 ? "        priority: true\n" : '')
            }
        }
        assert post("/api/boards/$slug/plans", yaml.toString(), 'application/yaml').status == 201
        Board board = bean(Boards).find(slug)
        made << board.id()
        board
    }

    private Map measure(Closure work) {
        long trips = questions()
        long start = System.nanoTime()
        work()
        long ms = (System.nanoTime() - start).intdiv(1_000_000)
        // The two SHOW STATUS statements are counted too.
        [ms: ms, trips: questions() - trips - 1]
    }

    private long questions() {
        sql("SHOW GLOBAL STATUS LIKE 'Questions'")[0][1] as long
    }

    private int count(List<Board> boards) {
        sql("SELECT COUNT(*) FROM delivery WHERE kind = 'OVERDUE' AND board_id IN (${Jdbc.marks(boards.size())})",
                *boards*.id())[0][0] as int
    }
}
