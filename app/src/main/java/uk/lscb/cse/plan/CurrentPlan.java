package uk.lscb.cse.plan;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import uk.lscb.cse.NotFound;
import uk.lscb.cse.db.Jdbc;

import java.util.Optional;

/** The plan chat commands work on: the board's most recently imported active plan. */
@Singleton
public class CurrentPlan {
    private final Jdbc jdbc;

    CurrentPlan(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @ReadOnly
    public long of(long boardId, String boardSlug) {
        return find(boardId).orElseThrow(() -> new NotFound("This board has no plan yet: the board manager imports one with"
                        + " POST /api/boards/" + boardSlug + "/plans."));
    }

    /** The board's current plan, if it has one (schedules skip a board without). */
    @ReadOnly
    public Optional<Long> find(long boardId) {
        return jdbc.one("SELECT id FROM plan WHERE board_id = ? AND status = 'ACTIVE' ORDER BY id DESC LIMIT 1",
                rs -> rs.getLong(1), boardId);
    }
}
