package uk.lscb.cse.kpi;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import uk.lscb.cse.NotFound;
import uk.lscb.cse.audit.Source;
import uk.lscb.cse.db.Jdbc;
import uk.lscb.cse.plan.FindingActions;
import uk.lscb.cse.plan.PlanInfo;
import uk.lscb.cse.schedule.WorkingCalendar;
import uk.lscb.cse.schedule.WorkingDays;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan's measures and their values as they stand: the one query chat, the digest, the API and
 * the board report read (exact values: each reader applies {@link SmallNumbers} for its audience).
 */
@Singleton
public class FindingKpis {
    private static final String KPIS = """
            SELECT k.id, k.plan_id, k.position, k.measure, k.counted, t.name AS theme, g.name AS agency,
                   k.owner_person_id, p.name AS person, k.period_type, k.year_start_month, k.target, k.direction,
                   k.baseline, k.by_agency, k.oba, k.value_kind
            FROM kpi k LEFT JOIN theme t ON t.id = k.theme_id LEFT JOIN agency g ON g.id = k.owner_agency_id
            LEFT JOIN person p ON p.id = k.owner_person_id""";

    private final Jdbc jdbc;
    private final FindingActions finding;
    private final KpiSettingsStore settings;
    private final WorkingDays workingDays;

    FindingKpis(Jdbc jdbc, FindingActions finding, KpiSettingsStore settings, WorkingDays workingDays) {
        this.jdbc = jdbc;
        this.finding = finding;
        this.settings = settings;
        this.workingDays = workingDays;
    }

    @ReadOnly
    public List<Kpi> ofPlan(long planId) {
        return jdbc.list(KPIS + " WHERE k.plan_id = ? ORDER BY k.position", FindingKpis::kpi, planId);
    }

    @ReadOnly
    public Kpi numbered(long planId, int number) {
        return jdbc.one(KPIS + " WHERE k.plan_id = ? AND k.position = ?", FindingKpis::kpi, planId, number)
                .orElseThrow(() -> new NotFound("The plan has no measure " + number + ": kpi lists the plan's measures"
                        + " with their numbers."));
    }

    @ReadOnly
    public Kpi withId(long kpiId) {
        return jdbc.one(KPIS + " WHERE k.id = ?", FindingKpis::kpi, kpiId)
                .orElseThrow(() -> new NotFound("no measure " + kpiId));
    }

    /** Every entry of a measure, newest first: corrections and what they corrected. */
    @ReadOnly
    public List<KpiValue> history(long kpiId) {
        return jdbc.list("""
                SELECT v.id, v.kpi_id, v.period, g.name AS agency, v.value, v.note, v.author, v.source, v.channel,
                       v.created_at
                FROM kpi_value v LEFT JOIN agency g ON g.id = v.agency_id WHERE v.kpi_id = ? ORDER BY v.id DESC""",
                FindingKpis::value, kpiId);
    }

    /** Values entered in the plan from {@code from} (inclusive) to {@code to}, oldest first. */
    @ReadOnly
    public List<KpiValue> enteredBetween(long planId, Instant from, Instant to) {
        return jdbc.list("""
                SELECT v.id, v.kpi_id, v.period, g.name AS agency, v.value, v.note, v.author, v.source, v.channel,
                       v.created_at
                FROM kpi_value v JOIN kpi k ON k.id = v.kpi_id LEFT JOIN agency g ON g.id = v.agency_id
                WHERE k.plan_id = ? AND v.created_at >= ? AND v.created_at < ? AND v.source <> 'IMPORT'
                ORDER BY v.id""", FindingKpis::value, planId, from, to);
    }

    /** Every measure of the plan with its closed periods and what is wanted, on {@code today}. */
    @ReadOnly
    public List<KpiStanding> standings(long planId, LocalDate today) {
        PlanInfo plan = finding.plan(planId);
        KpiSettings kpiSettings = settings.of(plan.boardId());
        WorkingCalendar calendar = workingDays.of(plan.boardId());
        Map<Long, Map<String, Latest>> latest = latest(planId);
        List<KpiStanding> standings = new ArrayList<>();
        for (Kpi kpi : ofPlan(planId)) {
            standings.add(standing(kpi, plan, today, latest.getOrDefault(kpi.id(), Map.of()), kpiSettings, calendar));
        }
        return standings;
    }

    @ReadOnly
    public KpiStanding standing(Kpi kpi, LocalDate today) {
        return standings(kpi.planId(), today).stream().filter(s -> s.kpi().id() == kpi.id()).findFirst().orElseThrow();
    }

    private record Latest(String agency, BigDecimal value, Instant at) {
    }

    private static KpiStanding standing(Kpi kpi, PlanInfo plan, LocalDate today, Map<String, Latest> latest,
                                        KpiSettings settings, WorkingCalendar calendar) {
        if (kpi.calendar().isEmpty()) {
            List<PeriodFigure> given = new ArrayList<>();
            latest.keySet().stream().map(key -> key.split("\\|", 2)[0]).distinct().sorted(java.util.Comparator.reverseOrder())
                    .forEach(period -> given.add(figure(kpi, new KpiPeriod(period, null, null), latest)));
            return new KpiStanding(kpi, given, KpiStanding.Status.NOT_COLLECTED);
        }
        List<KpiPeriod> closed = new ArrayList<>(kpi.calendar().get().closed(today, plan.periodStart(), plan.periodEnd()));
        java.util.Collections.reverse(closed);
        List<PeriodFigure> figures = closed.stream().map(p -> figure(kpi, p, latest)).toList();
        if (figures.isEmpty()) {
            return new KpiStanding(kpi, figures, KpiStanding.Status.NOT_STARTED);
        }
        PeriodFigure last = figures.get(0);
        KpiStanding.Status status = last.given() ? KpiStanding.Status.UP_TO_DATE
                : calendar.workingDaysBetween(last.period().end(), today) > settings.remindAfterDays()
                ? KpiStanding.Status.OVERDUE : KpiStanding.Status.DUE;
        return new KpiStanding(kpi, figures, status);
    }

    // For a measure split by agency the parts add up to the value; a value given without an agency
    // (imported, or entered by a coordinator for the whole) stands when no part has been given.
    private static PeriodFigure figure(Kpi kpi, KpiPeriod period, Map<String, Latest> latest) {
        Map<String, BigDecimal> parts = new LinkedHashMap<>();
        Latest whole = null;
        Instant at = null;
        for (Map.Entry<String, Latest> e : latest.entrySet()) {
            if (!e.getKey().split("\\|", 2)[0].equals(period.label())) {
                continue;
            }
            Latest l = e.getValue();
            at = at == null || l.at().isAfter(at) ? l.at() : at;
            if (l.agency() == null) {
                whole = l;
            } else {
                parts.put(l.agency(), l.value());
            }
        }
        BigDecimal value = !parts.isEmpty() ? parts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                : whole == null ? null : whole.value();
        return new PeriodFigure(period, value, parts, RagAgainstTarget.of(kpi, value), at);
    }

    // The latest entry per measure, period and agency: "period|agency" → entry.
    private Map<Long, Map<String, Latest>> latest(long planId) {
        Map<Long, Map<String, Latest>> latest = new HashMap<>();
        jdbc.list("""
                SELECT v.kpi_id, v.period, g.name AS agency, v.value, v.created_at FROM kpi_value v
                LEFT JOIN agency g ON g.id = v.agency_id
                WHERE v.id IN (SELECT MAX(h.id) FROM kpi_value h JOIN kpi k ON k.id = h.kpi_id WHERE k.plan_id = ?
                               GROUP BY h.kpi_id, h.period, h.agency_id)
                ORDER BY v.id""",
                rs -> latest.computeIfAbsent(rs.getLong("kpi_id"), id -> new LinkedHashMap<>())
                        .put(rs.getString("period") + "|" + rs.getString("agency"),
                                new Latest(rs.getString("agency"), rs.getBigDecimal("value"), Jdbc.instant(rs, "created_at"))),
                planId);
        return latest;
    }

    private static Kpi kpi(ResultSet rs) throws SQLException {
        String period = rs.getString("period_type");
        String direction = rs.getString("direction");
        String oba = rs.getString("oba");
        Long person = rs.getObject("owner_person_id") == null ? null : rs.getLong("owner_person_id");
        return new Kpi(rs.getLong("id"), rs.getLong("plan_id"), rs.getInt("position"), rs.getString("measure"),
                rs.getString("counted"), rs.getString("theme"), rs.getString("agency"), person,
                rs.getString("person"), period == null ? null : Frequency.valueOf(period), rs.getInt("year_start_month"),
                strip(rs.getBigDecimal("target")), direction == null ? null : Direction.valueOf(direction),
                strip(rs.getBigDecimal("baseline")), rs.getBoolean("by_agency"), oba == null ? null : Oba.valueOf(oba),
                ValueKind.valueOf(rs.getString("value_kind")));
    }

    private static KpiValue value(ResultSet rs) throws SQLException {
        return new KpiValue(rs.getLong("id"), rs.getLong("kpi_id"), rs.getString("period"), rs.getString("agency"),
                strip(rs.getBigDecimal("value")), rs.getString("note"), rs.getString("author"),
                Source.valueOf(rs.getString("source")), rs.getString("channel"), Jdbc.instant(rs, "created_at"));
    }

    private static BigDecimal strip(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
