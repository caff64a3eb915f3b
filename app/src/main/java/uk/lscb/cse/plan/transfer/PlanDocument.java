package uk.lscb.cse.plan.transfer;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A plan as exchanged with people: the YAML file format field for field, and what a CSV file
 * is read into. Values are kept in the plan's own wording; {@link PlanChecks} reads them.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"board", "title", "period", "reviewCadence", "recommendations", "themes", "kpis"})
public record PlanDocument(String board, String title, Period period, String reviewCadence,
                           List<Recommendation> recommendations, List<Theme> themes, List<Kpi> kpis) {

    /** Start and end as YYYY-MM or YYYY-MM-DD. */
    public record Period(String start, String end) {
    }

    public record Recommendation(String ref, String text) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"name", "aim", "actions"})
    public record Theme(String name, String aim, List<Action> actions) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"ref", "objective", "action", "how", "outcomes", "leads", "timescale", "rag", "progress",
            "priority", "reviewRefs"})
    public record Action(String ref, String objective, String action, String how, String outcomes,
                         List<String> leads, String timescale, String rag, String progress, Boolean priority,
                         List<String> reviewRefs, @JsonIgnore String source) {

        /** Where this action came from, for error messages: "row 7" or "themes[2].actions[3]". */
        Action at(String where) {
            return new Action(ref, objective, action, how, outcomes, leads, timescale, rag, progress, priority,
                    reviewRefs, where);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"measure", "owner", "period", "values"})
    public record Kpi(String measure, String owner, String period, Map<String, BigDecimal> values) {
    }
}
