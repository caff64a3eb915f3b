package uk.lscb.cse.notify;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.lscb.cse.board.Board;
import uk.lscb.cse.db.Jdbc;
import uk.lscb.cse.plan.CurrentPlan;
import uk.lscb.cse.plan.FindingActions;
import uk.lscb.cse.plan.Rag;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The daily sweep of a board's current plan: decides which leads get an overdue alert, a reminder
 * before the due date, a prompt after a quiet spell or at an ongoing action's review date, and
 * which coordinators hear of alerts left unanswered. Each decision is a ledger row (see
 * {@link Deliveries}); sending happens after, so a sweep run twice decides nothing twice.
 * Queries start from the (plan, due date) index: the work grows with what is late, not with the plan.
 */
@Singleton
public class Sweep {
    private static final Logger LOG = LoggerFactory.getLogger(Sweep.class);

    private final Jdbc jdbc;
    private final Deliveries deliveries;
    private final Schedules schedules;
    private final WorkingDays workingDays;
    private final FindingActions finding;
    private final CurrentPlan currentPlan;
    private final List<Notifier> notifiers;
    private final Clock clock;

    Sweep(Jdbc jdbc, Deliveries deliveries, Schedules schedules, WorkingDays workingDays, FindingActions finding,
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

    /** How many notices of each kind the sweep decided. */
    public record Decided(Map<Kind, Integer> counts) {
        int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** An action that may need a notice, with what the sweep needs to know of it. */
    private record Candidate(long id, long planId, String ref, String text, Rag rag, String timescale, LocalDate due,
                             LocalDate reviewDate, Instant lastUpdate) {
    }

    private record Lead(long personId, String name, String email) {
    }

    @Transactional
    public Decided run(Board board) {
        Map<Kind, Integer> counts = new LinkedHashMap<>();
        Schedule schedule = schedules.of(board);
        ZoneId zone = ZoneId.of(board.timeZone());
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<String> platforms = notifiers.stream().filter(n -> n.serves(board)).map(Notifier::platform).toList();
        Optional<Long> plan = currentPlan.find(board.id());
        WorkingCalendar calendar = workingDays.of(board.id());
        if (schedule.paused() || platforms.isEmpty() || plan.isEmpty() || !calendar.isWorkingDay(today)) {
            return new Decided(counts);
        }
        long planId = plan.get();

        List<Candidate> overdue = candidates(planId, """
                AND a.due_date < ? AND a.due_precision IN ('DAY', 'MONTH')""", today);
        List<Candidate> dueSoon = candidates(planId, """
                AND a.due_date BETWEEN ? AND ? AND a.due_precision IN ('DAY', 'MONTH')""",
                today, today.plusDays(schedule.reminderDays()));
        List<Candidate> review = candidates(planId, """
                AND a.due_precision = 'ONGOING' AND a.review_date <= ?""", today);
        Instant staleBefore = clock.instant().minus(schedule.staleDays(), ChronoUnit.DAYS);
        // One prompt per action a day: overdue, due-soon and review prompts already ask for an update.
        java.util.Set<Long> prompted = new java.util.HashSet<>();
        dueSoon.forEach(c -> prompted.add(c.id()));
        review.forEach(c -> prompted.add(c.id()));
        List<Candidate> stale = candidates(planId, """
                AND pu.created_at < ? AND NOT (a.due_date < ? AND a.due_precision IN ('DAY', 'MONTH'))""",
                staleBefore, today).stream().filter(c -> !prompted.contains(c.id())).toList();

        List<Candidate> all = new ArrayList<>();
        all.addAll(overdue);
        all.addAll(dueSoon);
        all.addAll(review);
        all.addAll(stale);
        Map<Long, List<Lead>> leads = leads(all.stream().map(Candidate::id).distinct().toList(), today);
        Map<Long, List<String>> leadNames = finding.leads(all.stream().map(Candidate::id).distinct().toList());

        for (String platform : platforms) {
            for (Candidate c : overdue) {
                int late = (int) ChronoUnit.DAYS.between(c.due(), today);
                alert(board, Kind.OVERDUE, c, c.due(), late, c.due().toString(), leads, leadNames, platform, counts);
            }
            for (Candidate c : dueSoon) {
                int in = (int) ChronoUnit.DAYS.between(today, c.due());
                alert(board, Kind.DUE_SOON, c, c.due(), in, c.due().toString(), leads, leadNames, platform, counts);
            }
            for (Candidate c : review) {
                alert(board, Kind.REVIEW, c, c.reviewDate(), 0, c.reviewDate().toString(), leads, leadNames, platform, counts);
            }
            for (Candidate c : stale) {
                LocalDate last = LocalDate.ofInstant(c.lastUpdate(), zone);
                int quiet = (int) ChronoUnit.DAYS.between(last, today);
                // Once per quiet spell: a new update starts a new spell.
                alert(board, Kind.STALE, c, last, quiet, last.toString(), leads, leadNames, platform, counts);
            }
            escalate(board, schedule, calendar, today, zone, platform, counts);
        }
        LOG.info("Sweep of board {} on {}: {}", board.slug(), today, counts);
        return new Decided(counts);
    }

    private void alert(Board board, Kind kind, Candidate c, LocalDate date, int days, String period,
                       Map<Long, List<Lead>> leads, Map<Long, List<String>> leadNames, String platform,
                       Map<Kind, Integer> counts) {
        for (Lead lead : leads.getOrDefault(c.id(), List.of())) {
            Notice notice = new Notice.ActionAlert(kind, board.name(), ref(c, leadNames), date, days, lead.name());
            if (deliveries.decide(board.id(), kind, c.id(), Deliveries.To.person(lead.personId(), lead.email()), period,
                    platform, notice)) {
                counts.merge(kind, 1, Integer::sum);
            }
        }
    }

    /**
     * Overdue alerts sent at least the board's escalation days ago (in working days) with no update
     * to the action since: each coordinator is told once, naming who was alerted.
     */
    private void escalate(Board board, Schedule schedule, WorkingCalendar calendar, LocalDate today, ZoneId zone,
                          String platform, Map<Kind, Integer> counts) {
        record Unanswered(long actionId, String lead, Instant sentAt) {
        }
        // Working days never outnumber calendar days: only alerts at least N calendar days old can qualify.
        Instant earliest = today.minusDays(schedule.escalateAfterDays()).plusDays(1).atStartOfDay(zone).toInstant();
        List<Unanswered> rows = jdbc.list("""
                SELECT d.action_id, p.name, d.sent_at
                FROM delivery d JOIN person p ON p.id = d.person_id
                WHERE d.board_id = ? AND d.kind = 'OVERDUE' AND d.platform = ? AND d.status = 'SENT' AND d.sent_at < ?
                  AND NOT EXISTS (SELECT 1 FROM progress_update pu WHERE pu.action_id = d.action_id AND pu.created_at > d.sent_at)
                ORDER BY d.action_id, d.sent_at""",
                rs -> new Unanswered(rs.getLong(1), rs.getString(2), Jdbc.instant(rs, "sent_at")),
                board.id(), platform, earliest);
        Map<Long, List<Unanswered>> byAction = new LinkedHashMap<>();
        for (Unanswered row : rows) {
            LocalDate sent = LocalDate.ofInstant(row.sentAt(), zone);
            if (calendar.workingDaysBetween(sent, today) >= schedule.escalateAfterDays()) {
                byAction.computeIfAbsent(row.actionId(), k -> new ArrayList<>()).add(row);
            }
        }
        if (byAction.isEmpty()) {
            return;
        }
        List<Lead> coordinators = jdbc.list("""
                SELECT id, name, email FROM person
                WHERE board_id = ? AND role = 'COORDINATOR' AND (paused_until IS NULL OR paused_until < ?)
                ORDER BY id""", rs -> new Lead(rs.getLong(1), rs.getString(2), rs.getString(3)), board.id(), today);
        List<Long> ids = List.copyOf(byAction.keySet());
        Map<Long, List<String>> leadNames = finding.leads(ids);
        for (Candidate c : candidates(ids)) {
            List<Unanswered> alerts = byAction.get(c.id());
            LocalDate alertedOn = LocalDate.ofInstant(alerts.get(0).sentAt(), zone);
            Notice notice = new Notice.Escalation(board.name(), ref(c, leadNames), c.due(),
                    (int) ChronoUnit.DAYS.between(c.due(), today), alerts.stream().map(Unanswered::lead).distinct().toList(),
                    alertedOn, calendar.workingDaysBetween(alertedOn, today));
            for (Lead coordinator : coordinators) {
                if (deliveries.decide(board.id(), Kind.ESCALATION, c.id(),
                        Deliveries.To.person(coordinator.personId(), coordinator.email()), c.due() + "|step-1", platform,
                        notice)) {
                    counts.merge(Kind.ESCALATION, 1, Integer::sum);
                }
            }
        }
    }

    private static final String CANDIDATES = """
            SELECT a.id, a.plan_id, a.ref, a.text, a.timescale_text, a.due_date, a.review_date, pu.rag_after, pu.created_at
            FROM action a JOIN progress_update pu ON pu.id = a.current_update_id
            WHERE pu.rag_after <> 'COMPLETE'""";

    private List<Candidate> candidates(long planId, String condition, Object... params) {
        List<Object> all = new ArrayList<>(List.of(planId));
        all.addAll(List.of(params));
        return jdbc.list(CANDIDATES + " AND a.plan_id = ? " + condition + " ORDER BY a.id", Sweep::candidate, all.toArray());
    }

    private List<Candidate> candidates(List<Long> ids) {
        return jdbc.list(CANDIDATES + " AND a.id IN (" + Jdbc.marks(ids.size()) + ") ORDER BY a.id", Sweep::candidate,
                ids.toArray());
    }

    private static Candidate candidate(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Candidate(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("ref"), rs.getString("text"),
                Rag.valueOf(rs.getString("rag_after")), rs.getString("timescale_text"), Jdbc.date(rs, "due_date"),
                Jdbc.date(rs, "review_date"), Jdbc.instant(rs, "created_at"));
    }

    /**
     * Who is chased for each action: its named lead people; for an action led only by agencies,
     * those agencies' leads. People on leave ("/cse pause") are left out until they are back.
     */
    private Map<Long, List<Lead>> leads(List<Long> actionIds, LocalDate today) {
        Map<Long, List<Lead>> leads = new LinkedHashMap<>();
        if (actionIds.isEmpty()) {
            return leads;
        }
        String in = Jdbc.marks(actionIds.size());
        record Row(long actionId, Lead lead, boolean paused) {
        }
        java.util.function.Consumer<Row> add = row -> {
            if (!row.paused()) {
                leads.computeIfAbsent(row.actionId(), k -> new ArrayList<>()).add(row.lead());
            }
        };
        List<Row> named = jdbc.list("""
                SELECT alp.action_id, p.id, p.name, p.email, p.paused_until FROM action_lead_person alp
                JOIN person p ON p.id = alp.person_id
                WHERE alp.action_id IN (%s) ORDER BY alp.action_id, p.id""".formatted(in),
                rs -> new Row(rs.getLong(1), new Lead(rs.getLong(2), rs.getString(3), rs.getString(4)),
                        paused(rs, today)), actionIds.toArray());
        named.forEach(add);
        java.util.Set<Long> withPeople = new java.util.HashSet<>();
        named.forEach(r -> withPeople.add(r.actionId()));
        jdbc.list("""
                SELECT ala.action_id, p.id, p.name, p.email, p.paused_until FROM action_lead_agency ala
                JOIN person p ON p.agency_id = ala.agency_id AND p.role = 'LEAD'
                WHERE ala.action_id IN (%s) ORDER BY ala.action_id, p.id""".formatted(in),
                rs -> new Row(rs.getLong(1), new Lead(rs.getLong(2), rs.getString(3), rs.getString(4)),
                        paused(rs, today)), actionIds.toArray())
                .stream().filter(r -> !withPeople.contains(r.actionId())).forEach(add);
        return leads;
    }

    private static boolean paused(java.sql.ResultSet rs, LocalDate today) throws java.sql.SQLException {
        LocalDate until = Jdbc.date(rs, "paused_until");
        return until != null && !until.isBefore(today);
    }

    private static Notice.ActionRef ref(Candidate c, Map<Long, List<String>> leadNames) {
        return new Notice.ActionRef(c.planId(), c.ref(), c.text(), c.rag(), leadNames.getOrDefault(c.id(), List.of()),
                c.timescale());
    }
}
