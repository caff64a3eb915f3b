package uk.lscb.cse.audit;

import jakarta.inject.Singleton;
import uk.lscb.cse.db.Jdbc;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Records changes that are not progress updates (boards, people, imports), inside the caller's
 * transaction so the record and the change stand or fall together.
 */
@Singleton
public class Audit {
    private final AuditEntryRepository entries;
    private final Jdbc jdbc;
    private final Clock clock;

    Audit(AuditEntryRepository entries, Jdbc jdbc, Clock clock) {
        this.entries = entries;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(Long boardId, String entity, Long entityId, String change, String oldValue, String newValue,
                       Actor actor) {
        entries.save(new AuditEntry(null, boardId, entity, entityId, change, oldValue, newValue, actor.who(),
                actor.source(), actor.channel(), clock.instant()));
    }

    private record Entry(long id, String actor, Source source, String channel, String oldValue, String newValue) {
    }

    /**
     * The one change ever made to past entries: when a person is erased, a board's entries that
     * name them (as the actor, or in the old and new values) have every {@code mentions} rewritten
     * by {@code scrub}, and the id of their direct chat with the bot dropped. A null board means the
     * entries of no board (admin tokens). Returns entries changed.
     */
    public int pseudonymise(Long boardId, String email, List<String> mentions, UnaryOperator<String> scrub) {
        List<Object> params = new ArrayList<>();
        if (boardId != null) {
            params.add(boardId);
        }
        params.add(email.toLowerCase(Locale.ROOT));
        String mentioned = Jdbc.containsAny(List.of("old_value", "new_value"), mentions, params);
        List<Entry> named = jdbc.list("SELECT id, actor, source, channel, old_value, new_value FROM audit_entry"
                        + " WHERE " + (boardId == null ? "board_id IS NULL" : "board_id = ?")
                        + " AND (LOWER(actor) = ? OR " + mentioned + ") FOR UPDATE",
                rs -> new Entry(rs.getLong(1), rs.getString(2), Source.valueOf(rs.getString(3)), rs.getString(4),
                        rs.getString(5), rs.getString(6)), params.toArray());
        int changed = 0;
        for (Entry entry : named) {
            boolean theirs = entry.actor().equalsIgnoreCase(email);
            Entry scrubbed = new Entry(entry.id(), scrub.apply(entry.actor()), entry.source(),
                    theirs && entry.source().isDirectChat(entry.channel()) ? null : entry.channel(),
                    entry.oldValue() == null ? null : scrub.apply(entry.oldValue()),
                    entry.newValue() == null ? null : scrub.apply(entry.newValue()));
            if (!scrubbed.equals(entry)) {
                jdbc.update("UPDATE audit_entry SET actor = ?, channel = ?, old_value = ?, new_value = ? WHERE id = ?",
                        scrubbed.actor(), scrubbed.channel(), scrubbed.oldValue(), scrubbed.newValue(), entry.id());
                changed++;
            }
        }
        return changed;
    }
}
