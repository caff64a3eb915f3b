package uk.lscb.cse.notify;

import jakarta.inject.Singleton;
import uk.lscb.cse.board.Board;
import uk.lscb.cse.notify.FindingActionsToChase.Candidate;
import uk.lscb.cse.notify.FindingActionsToChase.Lead;
import uk.lscb.cse.plan.FindingActions;
import uk.lscb.cse.report.BoardMeetings;
import uk.lscb.cse.report.ProducingReports;
import uk.lscb.cse.report.ReportPeriod;
import uk.lscb.cse.schedule.WorkingCalendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Before each board meeting: the report to every coordinator {@code daysBeforeMeeting} working days
 * before it (default 5), and, a working week before that, a reminder to each lead whose actions have
 * had no update in the report's period. Decided on any working day inside the window, so a sweep
 * missed on the day still decides it; the ledger makes each once per meeting.
 */
@Singleton
class ReportingBeforeMeetings {
    /** Working days between the leads' reminder and the report: a week. */
    static final int REMINDER_DAYS = 5;

    private final BoardMeetings meetings;
    private final ProducingReports producing;
    private final FindingActionsToChase chase;
    private final FindingActions finding;
    private final DeliveryLedger ledger;

    ReportingBeforeMeetings(BoardMeetings meetings, ProducingReports producing, FindingActionsToChase chase,
                            FindingActions finding, DeliveryLedger ledger) {
        this.meetings = meetings;
        this.producing = producing;
        this.chase = chase;
        this.finding = finding;
        this.ledger = ledger;
    }

    void decide(Board board, long planId, WorkingCalendar calendar, LocalDate today, ZoneId zone, String platform,
                Map<NoticeKind, Integer> counts) {
        int before = meetings.daysBefore(board.id());
        for (LocalDate meeting : meetings.from(board.id(), today.plusDays(1))) {
            int left = calendar.workingDaysBetween(today, meeting);
            if (left <= before) {
                report(board, planId, meeting, today, platform, counts);
            } else if (left <= before + REMINDER_DAYS) {
                remind(board, planId, meeting, reportDay(calendar, today, meeting, before), today, zone, platform, counts);
            }
        }
    }

    private void report(Board board, long planId, LocalDate meeting, LocalDate today, String platform,
                        Map<NoticeKind, Integer> counts) {
        ReportPeriod period = producing.nextPeriod(planId, today);
        Notice notice = new Notice.BoardReportDue(board.name(), planId, meeting, period.from(), period.to());
        for (Lead coordinator : chase.coordinators(board.id(), today)) {
            if (ledger.decide(board.id(), NoticeKind.BOARD_REPORT, null,
                    DeliveryLedger.To.person(coordinator.personId(), coordinator.email()), meeting.toString(), platform, notice)) {
                counts.merge(NoticeKind.BOARD_REPORT, 1, Integer::sum);
            }
        }
    }

    private void remind(Board board, long planId, LocalDate meeting, LocalDate reportOn, LocalDate today, ZoneId zone,
                        String platform, Map<NoticeKind, Integer> counts) {
        LocalDate since = producing.nextPeriod(planId, reportOn).from();
        // The import is not an update: an action untouched since it came in is not updated.
        List<Candidate> quiet = chase.inPlan(planId, """
                AND NOT EXISTS (SELECT 1 FROM progress_update u WHERE u.action_id = a.id AND u.source <> 'IMPORT'
                                AND u.created_at >= ?)""", since.atStartOfDay(zone).toInstant());
        List<Long> ids = quiet.stream().map(Candidate::id).toList();
        Map<Long, List<String>> leadNames = finding.leads(ids);
        Map<Lead, List<Notice.ActionRef>> byLead = new LinkedHashMap<>();
        chase.leads(ids, today).forEach((actionId, leads) -> {
            Candidate action = quiet.stream().filter(c -> c.id() == actionId).findFirst().orElseThrow();
            leads.forEach(lead -> byLead.computeIfAbsent(lead, l -> new ArrayList<>()).add(action.actionRef(leadNames)));
        });
        byLead.forEach((lead, actions) -> {
            Notice notice = new Notice.UpdateBeforeReport(board.name(), meeting, reportOn, since, actions, lead.name());
            if (ledger.decide(board.id(), NoticeKind.REPORT_REMINDER, null,
                    DeliveryLedger.To.person(lead.personId(), lead.email()), meeting.toString(), platform, notice)) {
                counts.merge(NoticeKind.REPORT_REMINDER, 1, Integer::sum);
            }
        });
    }

    /** The first working day within {@code before} working days of the meeting: when the report goes. */
    private static LocalDate reportDay(WorkingCalendar calendar, LocalDate today, LocalDate meeting, int before) {
        LocalDate day = today;
        while (!calendar.isWorkingDay(day) || calendar.workingDaysBetween(day, meeting) > before) {
            day = day.plusDays(1);
        }
        return day;
    }
}
