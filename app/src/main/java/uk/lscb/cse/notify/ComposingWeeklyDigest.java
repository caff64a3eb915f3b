package uk.lscb.cse.notify;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import uk.lscb.cse.board.Board;
import uk.lscb.cse.db.Jdbc;
import uk.lscb.cse.people.Erasure;
import uk.lscb.cse.plan.CurrentPlan;
import uk.lscb.cse.plan.FindingActions;
import uk.lscb.cse.plan.Rag;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Composes the weekly digest from the plan and its history: counts by RAG now and a week ago, and
 * the actions worth a line (newly overdue, alerts unanswered, RAG moves, top priority not green).
 * At most {@link #MAX_LINES} actions are listed; the rest are counted, never cut off mid-item.
 */
@Singleton
public class ComposingWeeklyDigest {
    static final int MAX_LINES = 15;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM");

    private final Jdbc jdbc;
    private final FindingActions finding;
    private final CurrentPlan currentPlan;
    private final Clock clock;

    ComposingWeeklyDigest(Jdbc jdbc, FindingActions finding, CurrentPlan currentPlan, Clock clock) {
        this.jdbc = jdbc;
        this.finding = finding;
        this.currentPlan = currentPlan;
        this.clock = clock;
    }

    /** A composed digest: the summary and the lines that follow it. */
    public record Composed(Notice.Digest digest, List<Notice.DigestLine> lines, List<Long> lineActions) {
    }

    /** The digest as it would go out now, sending nothing. */
    @ReadOnly
    public Optional<Composed> preview(Board board) {
        return compose(board, LocalDate.now(clock.withZone(ZoneId.of(board.timeZone()))));
    }

    @ReadOnly
    public Optional<Composed> compose(Board board, LocalDate today) {
        Optional<Long> current = currentPlan.find(board.id());
        if (current.isEmpty()) {
            return Optional.empty();
        }
        long planId = current.get();
        String title = finding.plan(planId).title();
        ZoneId zone = ZoneId.of(board.timeZone());
        Instant now = clock.instant();
        Instant weekAgo = now.minus(7, ChronoUnit.DAYS);

        Map<Rag, Integer> byRag = counts("""
                SELECT pu.rag_after, COUNT(*) FROM action a JOIN progress_update pu ON pu.id = a.current_update_id
                WHERE a.plan_id = ? GROUP BY pu.rag_after""", planId);
        // The plan as it stood a week ago: each action's latest entry by then.
        Map<Rag, Integer> before = counts("""
                SELECT pu.rag_after, COUNT(*) FROM progress_update pu
                JOIN (SELECT p.action_id, MAX(p.id) AS id FROM progress_update p JOIN action a ON a.id = p.action_id
                      WHERE a.plan_id = ? AND p.created_at <= ? GROUP BY p.action_id) latest ON latest.id = pu.id
                GROUP BY pu.rag_after""", planId, weekAgo);

        record Item(Notice.Section section, long actionId, String detail) {
        }
        List<Item> newlyOverdue = jdbc.list("""
                SELECT a.id, a.due_date FROM action a JOIN progress_update pu ON pu.id = a.current_update_id
                WHERE a.plan_id = ? AND a.due_date >= ? AND a.due_date < ? AND a.due_precision IN ('DAY', 'MONTH')
                  AND pu.rag_after <> 'COMPLETE' ORDER BY a.due_date, a.id""",
                rs -> new Item(Notice.Section.NEWLY_OVERDUE, rs.getLong(1), "was due " + DAY.format(Jdbc.date(rs, "due_date"))),
                planId, today.minusDays(7), today);
        List<Item> unanswered = jdbc.list("""
                SELECT d.action_id, MIN(d.sent_at) AS first_sent FROM delivery d JOIN action a ON a.id = d.action_id
                WHERE a.plan_id = ? AND d.kind = 'OVERDUE' AND d.status = 'SENT'
                  AND NOT EXISTS (SELECT 1 FROM progress_update pu WHERE pu.action_id = d.action_id AND pu.created_at > d.sent_at)
                GROUP BY d.action_id ORDER BY first_sent, d.action_id""",
                rs -> new Item(Notice.Section.UNANSWERED, rs.getLong(1), "alerted "
                        + DAY.format(LocalDate.ofInstant(Jdbc.instant(rs, "first_sent"), zone)) + ", no update since"),
                planId);
        List<Item> moved = jdbc.list("""
                SELECT pu.action_id, pu.rag_before, pu.rag_after, p.name, pu.author
                FROM progress_update pu JOIN action a ON a.id = pu.action_id
                LEFT JOIN person p ON p.board_id = ? AND p.email = pu.author
                WHERE a.plan_id = ? AND pu.created_at > ? AND pu.created_at <= ? AND pu.source <> 'IMPORT'
                  AND pu.rag_before <> pu.rag_after ORDER BY pu.id""",
                rs -> new Item(Notice.Section.MOVED, rs.getLong(1), word(rs.getString(2)) + " → " + word(rs.getString(3))
                        + " by " + who(rs.getString(4), rs.getString(5))),
                board.id(), planId, weekAgo, now);
        List<Item> priority = jdbc.list("""
                SELECT a.id FROM action a JOIN progress_update pu ON pu.id = a.current_update_id
                WHERE a.plan_id = ? AND a.priority AND pu.rag_after NOT IN ('GREEN', 'COMPLETE') ORDER BY a.position""",
                rs -> new Item(Notice.Section.PRIORITY, rs.getLong(1), null), planId);

        List<Item> listed = new ArrayList<>();
        for (List<Item> section : List.of(newlyOverdue, unanswered, moved, priority)) {
            for (Item item : section) {
                if (listed.size() < MAX_LINES) {
                    listed.add(item);
                }
            }
        }
        List<Long> ids = listed.stream().map(Item::actionId).distinct().toList();
        Map<Long, Notice.ActionRef> refs = refs(ids);
        List<Notice.DigestLine> lines = listed.stream()
                .map(i -> new Notice.DigestLine(i.section(), refs.get(i.actionId()), i.detail())).toList();
        Notice.Digest digest = new Notice.Digest(board.name(), planId, title,
                today.with(DayOfWeek.MONDAY), byRag, before, moved.size(), newlyOverdue.size(), priority.size(),
                unanswered.size(), lines.size());
        return Optional.of(new Composed(digest, lines, listed.stream().map(Item::actionId).toList()));
    }

    // A channel sees names, never emails: an erased person's pseudonym is a name of sorts.
    private static String who(String name, String author) {
        return name != null ? name : Erasure.isPseudonym(author) ? author : "someone outside the board's people";
    }

    private Map<Long, Notice.ActionRef> refs(List<Long> ids) {
        Map<Long, Notice.ActionRef> refs = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return refs;
        }
        Map<Long, List<String>> leads = finding.leads(ids);
        jdbc.list("""
                SELECT a.id, a.plan_id, a.ref, a.text, a.timescale_text, pu.rag_after FROM action a
                JOIN progress_update pu ON pu.id = a.current_update_id WHERE a.id IN (%s)""".formatted(Jdbc.marks(ids.size())),
                rs -> refs.put(rs.getLong(1), new Notice.ActionRef(rs.getLong(2), rs.getString(3), rs.getString(4),
                        Rag.valueOf(rs.getString(6)), leads.getOrDefault(rs.getLong(1), List.of()), rs.getString(5))),
                ids.toArray());
        return refs;
    }

    private Map<Rag, Integer> counts(String sql, Object... params) {
        Map<Rag, Integer> counts = Rag.zeroCounts();
        jdbc.list(sql, rs -> counts.put(Rag.valueOf(rs.getString(1)), rs.getInt(2)), params);
        return counts;
    }

    private static String word(String rag) {
        String name = rag.replace('_', ' ').toLowerCase();
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
