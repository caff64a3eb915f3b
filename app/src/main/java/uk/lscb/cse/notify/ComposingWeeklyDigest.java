package uk.lscb.cse.notify;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import uk.lscb.cse.board.Board;
import uk.lscb.cse.db.Jdbc;
import uk.lscb.cse.people.Erasure;
import uk.lscb.cse.plan.ActionChanges;
import uk.lscb.cse.plan.CurrentPlan;
import uk.lscb.cse.plan.FindingActions;
import uk.lscb.cse.plan.Rag;
import uk.lscb.cse.plan.RagCounts;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
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
    private final RagCounts ragCounts;
    private final FindingActions finding;
    private final CurrentPlan currentPlan;
    private final DigestingKpis kpis;
    private final Clock clock;

    private final ActionChanges changes;

    ComposingWeeklyDigest(Jdbc jdbc, FindingActions finding, CurrentPlan currentPlan, RagCounts ragCounts,
                          DigestingKpis kpis, Clock clock, ActionChanges changes) {
        this.kpis = kpis;
        this.changes = changes;
        this.ragCounts = ragCounts;
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

        Map<Rag, Integer> byRag = ragCounts.of(planId);
        Map<Rag, Integer> before = weekAgo(planId, byRag, weekAgo);

        record Item(Notice.Section section, long actionId, String detail, boolean completed) {
            Item(Notice.Section section, long actionId, String detail) {
                this(section, actionId, detail, false);
            }
        }
        List<Item> newlyOverdue = jdbc.list("""
                SELECT a.id, a.due_date FROM action a JOIN progress_update pu ON pu.id = a.current_update_id
                WHERE a.plan_id = ? AND a.retired_in IS NULL AND a.due_date >= ? AND a.due_date < ? AND a.due_precision IN ('DAY', 'MONTH')
                  AND pu.rag_after <> 'COMPLETE' ORDER BY a.due_date, a.id""",
                rs -> new Item(Notice.Section.NEWLY_OVERDUE, rs.getLong(1), "was due " + DAY.format(Jdbc.date(rs, "due_date"))),
                planId, today.minusDays(7), today);
        List<Item> unanswered = jdbc.list("""
                SELECT d.action_id, MIN(d.sent_at) AS first_sent FROM delivery d JOIN action a ON a.id = d.action_id
                WHERE a.plan_id = ? AND a.retired_in IS NULL AND d.kind = 'OVERDUE' AND d.status = 'SENT'
                  AND NOT EXISTS (SELECT 1 FROM progress_update pu WHERE pu.action_id = d.action_id AND pu.created_at > d.sent_at)
                GROUP BY d.action_id ORDER BY first_sent, d.action_id""",
                rs -> new Item(Notice.Section.UNANSWERED, rs.getLong(1), "alerted "
                        + DAY.format(LocalDate.ofInstant(Jdbc.instant(rs, "first_sent"), zone)) + ", no update since"),
                planId);
        List<Item> moved = jdbc.list("""
                SELECT pu.action_id, pu.rag_before, pu.rag_after, p.name, pu.author
                FROM progress_update pu JOIN action a ON a.id = pu.action_id
                LEFT JOIN person p ON p.board_id = ? AND p.email = pu.author
                WHERE a.plan_id = ? AND a.retired_in IS NULL AND pu.created_at > ? AND pu.created_at <= ? AND pu.source <> 'IMPORT'
                  AND pu.rag_before <> pu.rag_after ORDER BY pu.id""",
                rs -> new Item(Notice.Section.MOVED, rs.getLong(1), word(rs.getString(2)) + " → " + word(rs.getString(3))
                        + " by " + who(rs.getString(4), rs.getString(5)), Rag.COMPLETE.name().equals(rs.getString(3))),
                board.id(), planId, weekAgo, now);
        List<Item> priority = jdbc.list("""
                SELECT a.id FROM action a JOIN progress_update pu ON pu.id = a.current_update_id
                WHERE a.plan_id = ? AND a.retired_in IS NULL AND a.priority AND pu.rag_after NOT IN ('GREEN', 'COMPLETE') ORDER BY a.position""",
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
                unanswered.size(), lines.size(), (int) moved.stream().filter(Item::completed).count(), lines,
                kpis.of(board.id(), planId, weekAgo, now, today), changes.slipsSince(planId, weekAgo));
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

    /**
     * The plan as it stood a week ago: today's counts with each action changed since then put back
     * where its first change of the week found it (an action imported this week was not there).
     * Reads the week's changes only, so its cost follows what changed, not the plan's size.
     */
    private Map<Rag, Integer> weekAgo(long planId, Map<Rag, Integer> now, Instant weekAgo) {
        Map<Rag, Integer> before = new EnumMap<>(now);
        jdbc.list("""
                SELECT cur.rag_after, first.rag_before, first.source FROM
                  (SELECT pu.action_id, MIN(pu.id) AS first_id FROM progress_update pu JOIN action a ON a.id = pu.action_id
                   WHERE pu.created_at > ? AND a.plan_id = ? AND a.retired_in IS NULL GROUP BY pu.action_id) changed
                JOIN progress_update first ON first.id = changed.first_id
                JOIN action a ON a.id = changed.action_id
                JOIN progress_update cur ON cur.id = a.current_update_id""",
                rs -> {
                    before.merge(Rag.valueOf(rs.getString(1)), -1, Integer::sum);
                    if (!"IMPORT".equals(rs.getString(3))) {
                        before.merge(Rag.valueOf(rs.getString(2)), 1, Integer::sum);
                    }
                    return null;
                }, weekAgo, planId);
        return before;
    }

    private static String word(String rag) {
        String name = rag.replace('_', ' ').toLowerCase();
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
