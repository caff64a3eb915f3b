package uk.lscb.cse.report;

import jakarta.inject.Singleton;
import uk.lscb.cse.audit.Actor;
import uk.lscb.cse.plan.FindingActions;
import uk.lscb.cse.plan.PlanInfo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Produces a plan's report as a file and records that it was produced (who, when, from where, the
 * period). With no period given, a report runs from the day after the last report's end, or covers
 * the last three months, up to today.
 */
@Singleton
public class ProducingReports {
    private final FindingActions finding;
    private final ComposingBoardReport composing;
    private final ReportRecords records;
    private final Clock clock;

    ProducingReports(FindingActions finding, ComposingBoardReport composing, ReportRecords records, Clock clock) {
        this.finding = finding;
        this.composing = composing;
        this.records = records;
        this.clock = clock;
    }

    /** A report file: its bytes, the name to save it under, and the period it covers. */
    public record Produced(byte[] bytes, String fileName, ReportFormat format, ReportPeriod period) {
    }

    /**
     * {@code from} and {@code to} as typed (2016-03-31), either or both null for the defaults. Laid out
     * outside any transaction: a large plan takes seconds, and no connection is held for it.
     */
    public Produced produce(long planId, String from, String to, ReportFormat format, Actor actor) {
        PlanInfo plan = finding.plan(planId);
        ReportPeriod period = period(plan, from == null || from.isBlank() ? null : ReportPeriod.date(from, "from"),
                to == null || to.isBlank() ? null : ReportPeriod.date(to, "to"));
        BoardReport report = composing.compose(planId, period);
        byte[] bytes = format.render(report);
        records.produced(planId, period, format, actor);
        return new Produced(bytes, fileName(plan, period, format), format, period);
    }

    /** The period a report produced now up to {@code to} would cover: since the last report, else three months. */
    public ReportPeriod nextPeriod(long planId, LocalDate to) {
        return period(finding.plan(planId), null, to);
    }

    ReportPeriod period(PlanInfo plan, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock.withZone(plan.timeZone()));
        LocalDate end = to != null ? to : today;
        if (from != null) {
            return new ReportPeriod(from, end);
        }
        LocalDate start = records.lastEndBefore(plan.id(), end)
                .map(last -> last.plusDays(1))
                .orElse(end.minusMonths(3).plusDays(1));
        return new ReportPeriod(start, end);
    }

    private static String fileName(PlanInfo plan, ReportPeriod period, ReportFormat format) {
        String board = plan.boardSlug().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
        return board + "-progress-report-" + period.from() + "-to-" + period.to() + "." + format.extension;
    }
}
