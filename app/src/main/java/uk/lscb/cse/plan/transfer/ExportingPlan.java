package uk.lscb.cse.plan.transfer;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import uk.lscb.cse.db.Jdbc;
import uk.lscb.cse.plan.ActionFilter;
import uk.lscb.cse.plan.ActionView;
import uk.lscb.cse.plan.FindingActions;
import uk.lscb.cse.plan.PlanInfo;
import uk.lscb.cse.plan.Rag;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stored plan as a {@link PlanDocument}: its current state in the file format it was imported
 * from, so exporting and importing again gives the same plan.
 */
@Singleton
public class ExportingPlan {
    private final Jdbc jdbc;
    private final FindingActions finding;

    ExportingPlan(Jdbc jdbc, FindingActions finding) {
        this.jdbc = jdbc;
        this.finding = finding;
    }

    @ReadOnly
    public PlanDocument export(long planId) {
        PlanInfo plan = finding.plan(planId);
        List<ActionView> actions = finding.actions(planId, ActionFilter.ALL);
        Map<Long, String> notes = latestNotes(planId);
        Map<Integer, List<PlanDocument.Action>> byTheme = new LinkedHashMap<>();
        for (ActionView a : actions) {
            byTheme.computeIfAbsent(a.themePosition(), p -> new ArrayList<>()).add(new PlanDocument.Action(
                    a.ref(), a.objective(), a.text(), a.how(), a.outcomes(), a.leads(), a.timescale().text(),
                    ragWording(a), notes.get(a.id()), a.priority() ? Boolean.TRUE : null, a.reviewRefs(), null));
        }
        List<PlanDocument.Theme> themes = jdbc.list("SELECT position, name, aim FROM theme WHERE plan_id = ? AND position > 0 ORDER BY position",
                rs -> new PlanDocument.Theme(rs.getString("name"), rs.getString("aim"),
                        byTheme.getOrDefault(rs.getInt("position"), List.of())), planId);
        List<PlanDocument.Recommendation> recommendations = jdbc.list(
                "SELECT ref, text FROM recommendation WHERE plan_id = ? ORDER BY id",
                rs -> new PlanDocument.Recommendation(rs.getString("ref"), rs.getString("text")), planId);
        PlanDocument.Period period = plan.periodStart() == null && plan.periodEnd() == null ? null
                : new PlanDocument.Period(text(plan.periodStart()), text(plan.periodEnd()));
        return new PlanDocument(plan.boardName(), plan.title(), period, plan.reviewCadence(), recommendations, themes,
                kpis(planId));
    }

    // The file's own wording while the RAG is still the imported one; the plain label once someone updated it.
    private static String ragWording(ActionView action) {
        if (action.ragWording() != null) {
            return action.ragWording();
        }
        return action.rag() == Rag.NOT_RATED ? null : action.rag().label();
    }

    private Map<Long, String> latestNotes(long planId) {
        Map<Long, String> notes = new HashMap<>();
        jdbc.list("""
                SELECT pu.action_id, pu.note FROM progress_update pu
                WHERE pu.id IN (SELECT MAX(h.id) FROM progress_update h JOIN action a ON a.id = h.action_id
                                WHERE a.plan_id = ? AND h.note IS NOT NULL GROUP BY h.action_id)""",
                rs -> notes.put(rs.getLong(1), rs.getString(2)), planId);
        return notes;
    }

    // The latest value of each period (a correction replaces what it corrects): the plan as it stands.
    private List<PlanDocument.Kpi> kpis(long planId) {
        Map<Long, Map<String, BigDecimal>> values = new HashMap<>();
        jdbc.list("""
                SELECT v.kpi_id, v.period, v.value FROM kpi_value v
                WHERE v.id IN (SELECT MAX(h.id) FROM kpi_value h JOIN kpi k ON k.id = h.kpi_id
                               WHERE k.plan_id = ? AND h.agency_id IS NULL GROUP BY h.kpi_id, h.period)
                ORDER BY v.period""",
                rs -> values.computeIfAbsent(rs.getLong(1), id -> new LinkedHashMap<>())
                        .put(rs.getString(2), rs.getBigDecimal(3).stripTrailingZeros()), planId);
        return jdbc.list("""
                SELECT k.id, k.measure, k.counted, t.position AS theme, g.name AS owner, p.email, k.period_type,
                       k.year_start_month, k.target, k.direction, k.baseline, k.by_agency, k.oba, k.value_kind
                FROM kpi k LEFT JOIN agency g ON g.id = k.owner_agency_id LEFT JOIN theme t ON t.id = k.theme_id
                LEFT JOIN person p ON p.id = k.owner_person_id
                WHERE k.plan_id = ? ORDER BY k.position""",
                rs -> new PlanDocument.Kpi(rs.getString("measure"), rs.getString("counted"),
                        rs.getObject("theme") == null ? null : String.valueOf(rs.getInt("theme")), rs.getString("owner"),
                        rs.getString("email"), word(rs.getString("period_type")),
                        rs.getInt("year_start_month") == 4 ? null
                                : java.time.Month.of(rs.getInt("year_start_month")).getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK),
                        plain(rs.getBigDecimal("target")), word(rs.getString("direction")), plain(rs.getBigDecimal("baseline")),
                        rs.getBoolean("by_agency") ? Boolean.TRUE : null, word(rs.getString("oba")),
                        "COUNT".equals(rs.getString("value_kind")) ? null : word(rs.getString("value_kind")),
                        values.getOrDefault(rs.getLong("id"), Map.of())), planId);
    }

    /** A stored name as the file writes it: SIX_MONTHLY → six-monthly, HOW_WELL → how well. */
    private static String word(String stored) {
        if (stored == null) {
            return null;
        }
        String lower = stored.toLowerCase(java.util.Locale.ROOT);
        return stored.equals("SIX_MONTHLY") ? "six-monthly" : lower.replace('_', ' ');
    }

    private static BigDecimal plain(BigDecimal value) {
        return value == null ? null : new BigDecimal(value.stripTrailingZeros().toPlainString());
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
