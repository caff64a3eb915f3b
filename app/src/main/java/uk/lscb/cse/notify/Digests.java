package uk.lscb.cse.notify;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.lscb.cse.NotFound;
import uk.lscb.cse.board.Board;
import uk.lscb.cse.db.Jdbc;
import uk.lscb.cse.plan.CurrentPlan;
import uk.lscb.cse.plan.FindingActions;
import uk.lscb.cse.plan.Rag;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The weekly digest: composed from the plan and its history, sent to the board's channel on the
 * week's first working day as a summary message plus one message per listed action (so each can
 * be replied to in its own thread). At most {@link #MAX_LINES} actions are listed; the rest are
 * counted, never cut off mid-item.
 */
@Singleton
public class Digests {
    private static final Logger LOG = LoggerFactory.getLogger(Digests.class);
    static final int MAX_LINES = 15;
    /** A digest later than this after its slot is reported as missed, not sent: Monday's news on Tuesday misleads. */
    static final Duration LATEST = Duration.ofHours(3);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM");

    private final Jdbc jdbc;
    private final Deliveries deliveries;
    private final Schedules schedules;
    private final WorkingDays workingDays;
    private final FindingActions finding;
    private final CurrentPlan currentPlan;
    private final List<Notifier> notifiers;
    private final Clock clock;

    Digests(Jdbc jdbc, Deliveries deliveries, Schedules schedules, WorkingDays workingDays, FindingActions finding,
            CurrentPlan currentPlan, List<Notifier> notifiers, Clock clock) {
        this.currentPlan = currentPlan;
        this.jdbc = jdbc;
        this.deliveries = deliveries;
        this.schedules = schedules;
        this.workingDays = workingDays;
        this.finding = finding;
        this.notifiers = notifiers;
        this.clock = clock;
    }

    /** A composed digest: the summary and the lines that follow it. */
    public record Composed(Notice.Digest digest, List<Notice.DigestLine> lines, List<Long> lineActions) {
    }

    /** What a scheduled run did: SENT (decided), MISSED (too late, reported), or why it did nothing. */
    public record Outcome(String result, String week) {
    }

    /** The scheduled run: only on the week's first working day, within a few hours of the slot. */
    @Transactional
    public Outcome scheduled(Board board) {
        Schedule schedule = schedules.of(board);
        ZoneId zone = ZoneId.of(board.timeZone());
        ZonedDateTime now = clock.instant().atZone(zone);
        LocalDate today = now.toLocalDate();
        String week = week(today);
        WorkingCalendar calendar = workingDays.of(board.id());
        if (schedule.paused()) {
            return new Outcome("board paused", week);
        }
        if (!today.equals(calendar.firstWorkingDayOfWeek(today))) {
            return new Outcome("not the first working day of the week", week);
        }
        ZonedDateTime slot = today.atTime(schedule.digestTime()).atZone(zone);
        if (now.isBefore(slot)) {
            return new Outcome("before the digest time", week);
        }
        Optional<Composed> composed = compose(board, today);
        if (composed.isEmpty()) {
            return new Outcome("no plan", week);
        }
        boolean late = Duration.between(slot, now).compareTo(LATEST) > 0;
        int decided = 0;
        for (Notifier notifier : notifiers.stream().filter(n -> n.serves(board)).toList()) {
            if (late) {
                String why = "the digest for " + week + " was due at " + slot.toLocalTime() + " and the service ran it at "
                        + now.toLocalTime() + "; not sent late";
                if (deliveries.missed(board.id(), Kind.DIGEST, Deliveries.To.channel("digest"), week, notifier.platform(),
                        composed.get().digest(), why)) {
                    LOG.warn("Board {}: {}", board.slug(), why);
                }
            } else {
                decided += decide(board, composed.get(), week, notifier.platform());
            }
        }
        return new Outcome(late ? "MISSED" : decided > 0 ? "SENT" : "already sent", week);
    }

    /** Sends the digest now, whatever the day (the board manager asked for it). */
    @Transactional
    public Composed now(Board board) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(board.timeZone())));
        Composed composed = compose(board, today).orElseThrow(() -> new NotFound("board " + board.slug()
                + " has no plan yet: import one with POST /api/boards/" + board.slug() + "/plans"));
        List<Notifier> serving = notifiers.stream().filter(n -> n.serves(board)).toList();
        if (serving.isEmpty()) {
            throw new uk.lscb.cse.Invalid("board " + board.slug() + " is linked to no chat platform: set slackTeamId and"
                    + " slackDigestChannel with PUT /api/boards/" + board.slug());
        }
        String period = "asked-" + clock.instant().toEpochMilli();
        serving.forEach(n -> decide(board, composed, period, n.platform()));
        return composed;
    }

    private int decide(Board board, Composed composed, String period, String platform) {
        int decided = deliveries.decide(board.id(), Kind.DIGEST, null, Deliveries.To.channel("digest"), period, platform,
                composed.digest()) ? 1 : 0;
        for (int i = 0; i < composed.lines().size(); i++) {
            Notice.DigestLine line = composed.lines().get(i);
            decided += deliveries.decide(board.id(), Kind.DIGEST_LINE, composed.lineActions().get(i),
                    Deliveries.To.channel("digest"), period + "|" + line.section(), platform, line) ? 1 : 0;
        }
        return decided;
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
                SELECT pu.action_id, pu.rag_before, pu.rag_after, COALESCE(p.name, 'someone outside the board''s people') AS who
                FROM progress_update pu JOIN action a ON a.id = pu.action_id
                LEFT JOIN person p ON p.board_id = ? AND p.email = pu.author
                WHERE a.plan_id = ? AND pu.created_at > ? AND pu.created_at <= ? AND pu.source <> 'IMPORT'
                  AND pu.rag_before <> pu.rag_after ORDER BY pu.id""",
                rs -> new Item(Notice.Section.MOVED, rs.getLong(1), word(rs.getString(2)) + " → " + word(rs.getString(3))
                        + " by " + rs.getString(4)),
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
                today.with(java.time.DayOfWeek.MONDAY), byRag, before, moved.size(), newlyOverdue.size(), priority.size(),
                unanswered.size(), lines.size());
        return Optional.of(new Composed(digest, lines, listed.stream().map(Item::actionId).toList()));
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

    /** The ISO week a digest belongs to, e.g. 2016-W03: one digest per board, platform and week. */
    static String week(LocalDate day) {
        return day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format("%02d", day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
