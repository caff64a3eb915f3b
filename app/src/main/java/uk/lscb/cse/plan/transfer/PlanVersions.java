package uk.lscb.cse.plan.transfer;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import uk.lscb.cse.db.Jdbc;
import uk.lscb.cse.plan.Rag;

import java.time.Instant;
import java.util.List;

/** A plan's versions and the actions its revisions retired: kept, and shown to the board manager. */
@Singleton
class PlanVersions {
    private final Jdbc jdbc;

    PlanVersions(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    record Version(int number, Instant at, String by, String reason, String summary) {
    }

    record Retired(long id, String ref, String text, Rag rag, int retiredIn) {
    }

    @ReadOnly
    List<Version> of(long planId) {
        return jdbc.list("""
                SELECT number, created_at, created_by, reason, summary FROM plan_version WHERE plan_id = ? ORDER BY number""",
                rs -> new Version(rs.getInt(1), Jdbc.instant(rs, "created_at"), rs.getString(3), rs.getString(4),
                        rs.getString(5)), planId);
    }

    @ReadOnly
    List<Retired> retired(long planId) {
        return jdbc.list("""
                SELECT a.id, a.ref, a.text, pu.rag_after, a.retired_in FROM action a
                JOIN progress_update pu ON pu.id = a.current_update_id
                WHERE a.plan_id = ? AND a.retired_in IS NOT NULL ORDER BY a.retired_in, a.id""",
                rs -> new Retired(rs.getLong(1), rs.getString(2), rs.getString(3), Rag.valueOf(rs.getString(4)),
                        rs.getInt(5)), planId);
    }
}
