package uk.lscb.cse.bench

import io.micronaut.transaction.TransactionOperations
import uk.lscb.cse.db.Jdbc
import uk.lscb.cse.support.ServiceSpec

import java.time.Instant

/** The benchmarks' plan: 2,000 actions across 8 themes, 20,000 history rows in all. */
class BigPlan {
    static final int ACTIONS = 2000
    static final int HISTORY = 20000

    /** Imports the plan through the API, then adds history rows in bulk (import writes one per action). */
    static long into(ServiceSpec spec, String slug) {
        StringBuilder yaml = new StringBuilder('title: Benchmark plan\nthemes:\n')
        (1..8).each { t ->
            yaml << "  - name: Theme $t\n    actions:\n"
            (1..(ACTIONS / 8)).each { a ->
                yaml << "      - action: Action $t.$a with a realistic length of text to render in the reply\n"
                yaml << "        leads: [Police, Education]\n        timescale: ${['Sept 2015', 'March 2016', 'Ongoing', 'Dec 2016'][a % 4]}\n"
                yaml << "        rag: ${['G', 'A', 'R', 'Complete'][a % 4]}\n" << (a % 50 == 0 ? "        priority: true\n" : '')
            }
        }
        long id = spec.post("/api/boards/$slug/plans", yaml.toString(), 'application/yaml').json.planId as long
        spec.bean(TransactionOperations).executeWrite {
            Jdbc jdbc = spec.bean(Jdbc)
            List<Long> actionIds = jdbc.list('SELECT id FROM action WHERE plan_id = ?', { rs -> rs.getLong(1) }, id)
            List<Object[]> rows = (0..<(HISTORY - ACTIONS)).collect { i ->
                [actionIds[i % actionIds.size()], 'AMBER', ['GREEN', 'AMBER', 'RED'][i % 3], null, "update $i",
                 'pat@police.example', 'API', null, Instant.parse('2016-01-01T10:00:00Z').plusSeconds(i)] as Object[]
            }
            rows.collate(1000).each { chunk ->
                jdbc.batch('''INSERT INTO progress_update (action_id, rag_before, rag_after, rag_wording, note, author, source,
                              channel, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)''', chunk)
            }
            jdbc.update('''UPDATE action a SET current_update_id = (SELECT MAX(p.id) FROM progress_update p WHERE p.action_id = a.id)
                           WHERE a.plan_id = ?''', id)
        }
        id
    }
}
