package uk.lscb.cse.plan.transfer;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import uk.lscb.cse.db.Jdbc;

import java.time.Instant;
import java.util.List;

/** A board's plans, newest first. */
@Singleton
class PlanList {
    private final Jdbc jdbc;

    PlanList(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    record Listed(long id, String title, String status, int actions, Instant importedAt, String importedBy) {
    }

    @ReadOnly
    List<Listed> of(long boardId) {
        return jdbc.list("""
                SELECT p.id, p.title, p.status, p.created_at, p.created_by,
                       (SELECT COUNT(*) FROM action a WHERE a.plan_id = p.id AND a.retired_in IS NULL) AS actions
                FROM plan p WHERE p.board_id = ? ORDER BY p.id DESC""",
                rs -> new Listed(rs.getLong("id"), rs.getString("title"), rs.getString("status"), rs.getInt("actions"),
                        Jdbc.instant(rs, "created_at"), rs.getString("created_by")), boardId);
    }
}
