package uk.lscb.cse.audit;

import jakarta.inject.Singleton;
import uk.lscb.cse.db.Jdbc;

import java.time.Clock;

/**
 * Records changes that are not progress updates (boards, people, imports), inside the caller's
 * transaction so the record and the change stand or fall together.
 */
@Singleton
public class Audit {
    private final Jdbc jdbc;
    private final Clock clock;

    Audit(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(Long boardId, String entity, Long entityId, String change, String oldValue, String newValue,
                       Actor actor) {
        jdbc.insert("""
                INSERT INTO audit_entry (board_id, entity, entity_id, change_, old_value, new_value, actor, source,
                                         channel, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                boardId, entity, entityId, change, oldValue, newValue, actor.who(), actor.source(), actor.channel(),
                clock.instant());
    }
}
