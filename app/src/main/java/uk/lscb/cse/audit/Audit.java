package uk.lscb.cse.audit;

import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * Records changes that are not progress updates (boards, people, imports), inside the caller's
 * transaction so the record and the change stand or fall together.
 */
@Singleton
public class Audit {
    private final AuditEntryRepository entries;
    private final Clock clock;

    Audit(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    public void record(Long boardId, String entity, Long entityId, String change, String oldValue, String newValue,
                       Actor actor) {
        entries.save(new AuditEntry(null, boardId, entity, entityId, change, oldValue, newValue, actor.who(),
                actor.source(), actor.channel(), clock.instant()));
    }
}
