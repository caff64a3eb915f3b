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

    /**
     * A measure: {@code theme} is the theme's number (1 for the first) or its name; {@code owner} an
     * agency, {@code ownerPerson} the email of one of the board's people; {@code period} monthly,
     * quarterly, half-yearly or annual, of a year starting in {@code yearStart} (a month, April by
     * default); {@code direction} higher or lower (is better); {@code oba} how much, how well or better
     * off; {@code kind} count (the default), decimal or percentage; {@code values} by period label.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"measure", "counted", "theme", "owner", "ownerPerson", "period", "yearStart", "target",
            "direction", "baseline", "byAgency", "oba", "kind", "values"})
    public record Kpi(String measure, String counted, String theme, String owner, String ownerPerson, String period,
                      String yearStart, BigDecimal target, String direction, BigDecimal baseline, Boolean byAgency,
                      String oba, String kind, Map<String, BigDecimal> values) {
        /** A measure as the first plan files gave it: name, owner agency, period and values. */
        public Kpi(String measure, String owner, String period, Map<String, BigDecimal> values) {
            this(measure, null, null, owner, null, period, null, null, null, null, null, null, null, values);
        }
    }
}
