package uk.lscb.cse.notify;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.lscb.cse.board.Board;
import uk.lscb.cse.notify.FindingActionsToChase.Candidate;
import uk.lscb.cse.notify.FindingActionsToChase.Lead;
import uk.lscb.cse.plan.CurrentPlan;
import uk.lscb.cse.plan.FindingActions;
import uk.lscb.cse.schedule.BoardSchedule;
import uk.lscb.cse.schedule.BoardSchedules;
import uk.lscb.cse.schedule.WorkingCalendar;
import uk.lscb.cse.schedule.WorkingDays;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The daily sweep of a board's current plan: decides which leads get an overdue alert, a reminder
 * before the due date, a prompt after a quiet spell or at an ongoing action's review date, and
 * which coordinators hear of alerts left unanswered ({@link EscalatingUnansweredAlerts}). Each
 * decision is a ledger row (see {@link DeliveryLedger}); sending happens after, so a sweep run
 * twice decides nothing twice. Queries start from the (plan, due date) index: the work grows with
 * what is late, not with the plan.
 */
@Singleton
public class DailySweep {
    private static final Logger LOG = LoggerFactory.getLogger(DailySweep.class);

    private final FindingActionsToChase chase;
    private final EscalatingUnansweredAlerts escalating;
    private final AskingForKpiValues askingForKpis;
    private final DeliveryLedger ledger;
    private final BoardSchedules schedules;
    private final WorkingDays workingDays;
    private final FindingActions finding;
    private final CurrentPlan currentPlan;
    private final List<Notifier> notifiers;
    private final Clock clock;

    DailySweep(FindingActionsToChase chase, EscalatingUnansweredAlerts escalating, AskingForKpiValues askingForKpis,
               DeliveryLedger ledger,
               BoardSchedules schedules, WorkingDays workingDays, FindingActions finding, CurrentPlan currentPlan,
               List<Notifier> notifiers, Clock clock) {
        this.chase = chase;
        this.escalating = escalating;
        this.askingForKpis = askingForKpis;
        this.ledger = ledger;
        this.schedules = schedules;
        this.workingDays = workingDays;
        this.finding = finding;
        this.currentPlan = currentPlan;
        this.notifiers = notifiers;
        this.clock = clock;
    }

    /** How many notices of each kind the sweep decided. */
    public record Decided(Map<NoticeKind, Integer> counts) {
    }

    @Transactional
    public Decided run(Board board) {
        Map<NoticeKind, Integer> counts = new LinkedHashMap<>();
        BoardSchedule schedule = schedules.of(board);
        ZoneId zone = ZoneId.of(board.timeZone());
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<String> platforms = notifiers.stream().filter(n -> n.serves(board)).map(Notifier::platform).toList();
        Optional<Long> plan = currentPlan.find(board.id());
        WorkingCalendar calendar = workingDays.of(board.id());
        if (schedule.paused() || platforms.isEmpty() || plan.isEmpty() || !calendar.isWorkingDay(today)) {
            return new Decided(counts);
        }
        long planId = plan.get();

        List<Candidate> overdue = chase.inPlan(planId, """
                AND a.due_date < ? AND a.due_precision IN ('DAY', 'MONTH')""", today);
        List<Candidate> dueSoon = chase.inPlan(planId, """
                AND a.due_date BETWEEN ? AND ? AND a.due_precision IN ('DAY', 'MONTH')""",
                today, today.plusDays(schedule.reminderDays()));
        List<Candidate> review = chase.inPlan(planId, """
                AND a.due_precision = 'ONGOING' AND a.review_date <= ?""", today);
        Instant staleBefore = clock.instant().minus(schedule.staleDays(), ChronoUnit.DAYS);
        // One prompt per action a day: overdue, due-soon and review prompts already ask for an update.
        Set<Long> prompted = new HashSet<>();
        dueSoon.forEach(c -> prompted.add(c.id()));
        review.forEach(c -> prompted.add(c.id()));
        List<Candidate> stale = chase.inPlan(planId, """
                AND pu.created_at < ? AND NOT (a.due_date < ? AND a.due_precision IN ('DAY', 'MONTH'))""",
                staleBefore, today).stream().filter(c -> !prompted.contains(c.id())).toList();

        List<Candidate> all = new ArrayList<>();
        all.addAll(overdue);
        all.addAll(dueSoon);
        all.addAll(review);
        all.addAll(stale);
        Map<Long, List<Lead>> leads = chase.leads(all.stream().map(Candidate::id).distinct().toList(), today);
        Map<Long, List<String>> leadNames = finding.leads(all.stream().map(Candidate::id).distinct().toList());

        for (String platform : platforms) {
            for (Candidate c : overdue) {
                int late = (int) ChronoUnit.DAYS.between(c.due(), today);
                alert(board, NoticeKind.OVERDUE, c, c.due(), late, c.due().toString(), leads, leadNames, platform, counts);
            }
            for (Candidate c : dueSoon) {
                int in = (int) ChronoUnit.DAYS.between(today, c.due());
                alert(board, NoticeKind.DUE_SOON, c, c.due(), in, c.due().toString(), leads, leadNames, platform, counts);
            }
            for (Candidate c : review) {
                alert(board, NoticeKind.REVIEW, c, c.reviewDate(), 0, c.reviewDate().toString(), leads, leadNames,
                        platform, counts);
            }
            for (Candidate c : stale) {
                LocalDate last = LocalDate.ofInstant(c.lastUpdate(), zone);
                int quiet = (int) ChronoUnit.DAYS.between(last, today);
                // Once per quiet spell: a new update starts a new spell.
                alert(board, NoticeKind.STALE, c, last, quiet, last.toString(), leads, leadNames, platform, counts);
            }
            escalating.escalate(board, planId, schedule, calendar, today, zone, platform, counts);
            askingForKpis.ask(board, planId, calendar, today, zone, platform, counts);
        }
        LOG.info("Sweep of board {} on {}: {}", board.slug(), today, counts);
        return new Decided(counts);
    }

    private void alert(Board board, NoticeKind kind, Candidate c, LocalDate date, int days, String period,
                       Map<Long, List<Lead>> leads, Map<Long, List<String>> leadNames, String platform,
                       Map<NoticeKind, Integer> counts) {
        for (Lead lead : leads.getOrDefault(c.id(), List.of())) {
            Notice notice = new Notice.ActionAlert(kind, board.name(), c.actionRef(leadNames), date, days, lead.name());
            if (ledger.decide(board.id(), kind, c.id(), DeliveryLedger.To.person(lead.personId(), lead.email()), period,
                    platform, notice)) {
                counts.merge(kind, 1, Integer::sum);
            }
        }
    }
}
