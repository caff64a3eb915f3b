package uk.lscb.cse.notify;

import jakarta.inject.Singleton;
import uk.lscb.cse.board.Board;
import uk.lscb.cse.db.Jdbc;
import uk.lscb.cse.plan.FindingActions;
import uk.lscb.cse.schedule.BoardSchedule;
import uk.lscb.cse.schedule.WorkingCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sweep's last step: overdue alerts sent at least the board's escalation days ago (in working
 * days) with no update to the action since. Each coordinator is told once, naming who was alerted.
 */
@Singleton
class EscalatingUnansweredAlerts {
    private final Jdbc jdbc;
    private final FindingActionsToChase chase;
    private final FindingActions finding;
    private final DeliveryLedger ledger;

    EscalatingUnansweredAlerts(Jdbc jdbc, FindingActionsToChase chase, FindingActions finding, DeliveryLedger ledger) {
        this.jdbc = jdbc;
        this.chase = chase;
        this.finding = finding;
        this.ledger = ledger;
    }

    /**
     * Decides the escalations due today on one platform, adding them to {@code counts}. Only alerts
     * about actions of the current plan {@code planId} count: a replaced plan's actions are not chased.
     */
    void escalate(Board board, long planId, BoardSchedule schedule, WorkingCalendar calendar, LocalDate today, ZoneId zone,
                  String platform, Map<NoticeKind, Integer> counts) {
        record Unanswered(long actionId, String lead, Instant sentAt) {
        }
        // An alert to a lead erased since still counts: the coordinator is told it went to their pseudonym.
        // Working days never outnumber calendar days: only alerts at least N calendar days old can qualify.
        Instant earliest = today.minusDays(schedule.escalateAfterDays()).plusDays(1).atStartOfDay(zone).toInstant();
        List<Unanswered> rows = jdbc.list("""
                SELECT d.action_id, COALESCE(p.name, d.recipient), d.sent_at
                FROM delivery d LEFT JOIN person p ON p.id = d.person_id JOIN action a ON a.id = d.action_id AND a.plan_id = ?
                WHERE d.board_id = ? AND d.kind = 'OVERDUE' AND d.platform = ? AND d.status = 'SENT' AND d.sent_at < ?
                  AND NOT EXISTS (SELECT 1 FROM progress_update pu WHERE pu.action_id = d.action_id AND pu.created_at > d.sent_at)
                ORDER BY d.action_id, d.sent_at""",
                rs -> new Unanswered(rs.getLong(1), rs.getString(2), Jdbc.instant(rs, "sent_at")),
                planId, board.id(), platform, earliest);
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
        List<FindingActionsToChase.Lead> coordinators = chase.coordinators(board.id(), today);
        List<Long> ids = List.copyOf(byAction.keySet());
        Map<Long, List<String>> leadNames = finding.leads(ids);
        for (FindingActionsToChase.Candidate c : chase.withIds(ids)) {
            // Its due date moved since the alert (a slip, with its reason): no longer late, nothing to escalate.
            if (c.due() == null || !c.due().isBefore(today)) {
                continue;
            }
            List<Unanswered> alerts = byAction.get(c.id());
            LocalDate alertedOn = LocalDate.ofInstant(alerts.get(0).sentAt(), zone);
            Notice notice = new Notice.Escalation(board.name(), c.actionRef(leadNames), c.due(),
                    (int) ChronoUnit.DAYS.between(c.due(), today), alerts.stream().map(Unanswered::lead).distinct().toList(),
                    alertedOn, calendar.workingDaysBetween(alertedOn, today));
            for (FindingActionsToChase.Lead coordinator : coordinators) {
                if (ledger.decide(board.id(), NoticeKind.ESCALATION, c.id(),
                        DeliveryLedger.To.person(coordinator.personId(), coordinator.email()), c.due() + "|step-1", platform,
                        notice)) {
                    counts.merge(NoticeKind.ESCALATION, 1, Integer::sum);
                }
            }
        }
    }
}
