package uk.lscb.cse.plan;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import uk.lscb.cse.audit.Actor;
import uk.lscb.cse.audit.Source;
import uk.lscb.cse.db.Jdbc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * An action's history of changes that are not progress: its wording, ref, timescale, leads and
 * priority, each with who, when, from where and why. Slips are read from here (a move of a due
 * date that was set), so the count can never drift from the record.
 */
@Singleton
public class ActionChanges {
    private final Jdbc jdbc;

    ActionChanges(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public enum Field { TEXT, REF, TIMESCALE, LEADS, PRIORITY, DETAILS, ADDED, RETIRED }

    /** One change to record; {@code version} is the plan version that made it (null for an edit). */
    public record Change(long actionId, long planId, Integer version, Field field, String from, String to,
                         LocalDate fromDue, LocalDate toDue, String reason) {

        public static Change timescale(long actionId, long planId, Integer version, Timescale from, Timescale to,
                                       String reason) {
            return new Change(actionId, planId, version, Field.TIMESCALE, from.text(), to.text(), from.due(), to.due(),
                    reason);
        }

        /**
         * A due date moved to another date: what boards call a slip. Making an action ongoing, or
         * giving a date to one that had none, is a change of timescale but not a slip.
         */
        public boolean slip() {
            return field == Field.TIMESCALE && fromDue != null && toDue != null && !Objects.equals(fromDue, toDue);
        }
    }

    /** A recorded change as history shows it. */
    public record Entry(Instant at, Field field, String from, String to, String reason, String author, Source source,
                        Integer version) {
    }

    /** How an action's timescale has moved: first and current wording and due date, and how often. */
    public record Slips(String originalText, LocalDate originalDue, int count) {
    }

    public void record(Collection<Change> changes, Actor actor, Instant at) {
        List<Object[]> rows = new ArrayList<>(changes.size());
        for (Change c : changes) {
            rows.add(new Object[]{c.actionId(), c.planId(), c.version(), c.field().name(), c.from(), c.to(), c.fromDue(),
                    c.toDue(), c.slip(), c.reason(), actor.who(), actor.source(), actor.channel(), at});
        }
        jdbc.batch("""
                INSERT INTO action_change (action_id, plan_id, version, field, old_value, new_value, old_due, new_due, slip,
                                           reason, author, source, channel, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    @ReadOnly
    public List<Entry> of(long actionId) {
        return jdbc.list("""
                SELECT created_at, field, old_value, new_value, reason, author, source, version FROM action_change
                WHERE action_id = ? ORDER BY id DESC""",
                rs -> new Entry(Jdbc.instant(rs, "created_at"), Field.valueOf(rs.getString("field")),
                        rs.getString("old_value"), rs.getString("new_value"), rs.getString("reason"), rs.getString("author"),
                        Source.valueOf(rs.getString("source")), rs.getObject("version") == null ? null : rs.getInt("version")),
                actionId);
    }

    /** Empty count (and the current timescale as the original) when the action never slipped. */
    @ReadOnly
    public Slips slips(long actionId, Timescale current) {
        return jdbc.one("""
                SELECT old_value, old_due, (SELECT COUNT(*) FROM action_change s WHERE s.action_id = c.action_id AND s.slip)
                FROM action_change c WHERE c.action_id = ? AND c.field = 'TIMESCALE' ORDER BY c.id LIMIT 1""",
                rs -> new Slips(rs.getString(1), Jdbc.date(rs, "old_due"), rs.getInt(3)), actionId)
                .orElse(new Slips(current.text(), current.due(), 0));
    }

    /** Live actions of the plan whose due date has moved at least once. */
    @ReadOnly
    public int slippedActions(long planId) {
        return jdbc.one("""
                SELECT COUNT(DISTINCT c.action_id) FROM action_change c JOIN action a ON a.id = c.action_id
                WHERE c.plan_id = ? AND c.slip AND a.retired_in IS NULL""", rs -> rs.getInt(1), planId).orElse(0);
    }

    /** Moves of a due date in the plan after {@code since} (the weekly digest's "slipped this week"). */
    @ReadOnly
    public int slipsSince(long planId, Instant since) {
        return jdbc.one("SELECT COUNT(*) FROM action_change WHERE plan_id = ? AND slip AND created_at > ?",
                rs -> rs.getInt(1), planId, since).orElse(0);
    }
}
