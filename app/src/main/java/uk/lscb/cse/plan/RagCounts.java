package uk.lscb.cse.plan;

import jakarta.inject.Singleton;
import uk.lscb.cse.db.Jdbc;

import java.util.Map;

/**
 * How many of a plan's actions stand at each RAG, kept as updates are recorded (always inside the
 * recording transaction), so readers such as the weekly digest need not count every action.
 */
@Singleton
public class RagCounts {
    private final Jdbc jdbc;

    RagCounts(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts a freshly imported plan once, from its actions' current entries. */
    public void imported(long planId) {
        jdbc.update("""
                INSERT INTO plan_rag_count (plan_id, rag, actions)
                SELECT a.plan_id, pu.rag_after, COUNT(*) FROM action a JOIN progress_update pu ON pu.id = a.current_update_id
                WHERE a.plan_id = ? AND a.retired_in IS NULL GROUP BY a.plan_id, pu.rag_after""", planId);
    }

    /** Counts the plan's live actions afresh, after a revision retired or added some. */
    public void recount(long planId) {
        jdbc.update("DELETE FROM plan_rag_count WHERE plan_id = ?", planId);
        imported(planId);
    }

    void moved(long planId, Rag before, Rag after) {
        if (before == after) {
            return;
        }
        jdbc.update("UPDATE plan_rag_count SET actions = actions - 1 WHERE plan_id = ? AND rag = ?", planId, before);
        jdbc.update("""
                INSERT INTO plan_rag_count (plan_id, rag, actions) VALUES (?, ?, 1)
                ON DUPLICATE KEY UPDATE actions = actions + 1""", planId, after);
    }

    /** Every RAG, zero where no action stands at it. */
    public Map<Rag, Integer> of(long planId) {
        Map<Rag, Integer> counts = Rag.zeroCounts();
        jdbc.list("SELECT rag, actions FROM plan_rag_count WHERE plan_id = ?",
                rs -> counts.put(Rag.valueOf(rs.getString(1)), rs.getInt(2)), planId);
        return counts;
    }
}
