package uk.lscb.cse.report;

import jakarta.inject.Singleton;
import uk.lscb.cse.kpi.FindingKpis;
import uk.lscb.cse.kpi.Kpi;
import uk.lscb.cse.kpi.KpiStanding;
import uk.lscb.cse.kpi.KpiValue;
import uk.lscb.cse.kpi.PeriodFigure;
import uk.lscb.cse.report.BoardReport.KpiRow;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The plan's measures as they stood at the end of the period: the periods closed by its last day,
 * each with the value its entries gave by then (a correction made later is not in it). Exact values:
 * the report is restricted; anything others can see shows small counts as "fewer than N".
 */
@Singleton
class ReportKpis {
    /** Periods shown per measure, newest first: a year of quarters, the trend the board reads. */
    static final int PERIODS = 4;

    private final FindingKpis finding;

    ReportKpis(FindingKpis finding) {
        this.finding = finding;
    }

    List<KpiRow> asAt(long planId, LocalDate lastDay, Instant end) {
        return finding.standings(planId, lastDay.plusDays(1)).stream().map(standing -> row(standing, end)).toList();
    }

    private KpiRow row(KpiStanding standing, Instant end) {
        Kpi kpi = standing.kpi();
        // Newest first: the first entry met for a period and agency is the one in force at the end.
        Map<String, Map<String, BigDecimal>> latest = new HashMap<>();
        for (KpiValue value : finding.history(kpi.id())) {
            if (value.at().isBefore(end)) {
                latest.computeIfAbsent(value.period(), p -> new HashMap<>())
                        .putIfAbsent(value.agency() == null ? "" : value.agency(), value.value());
            }
        }
        List<KpiRow.KpiValue> values = standing.periods().stream().limit(PERIODS).map(PeriodFigure::period)
                .map(period -> {
                    Map<String, BigDecimal> parts = latest.get(period.label());
                    return new KpiRow.KpiValue(period.label(), parts == null ? "not given"
                            : kpi.kind().format(parts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)));
                }).toList();
        return new KpiRow(kpi.number() + ". " + kpi.measure(), kpi.owner(),
                kpi.target() == null ? "" : kpi.kind().format(kpi.target()),
                kpi.direction() == null ? "" : kpi.direction().name().toLowerCase(Locale.ROOT), values);
    }
}
