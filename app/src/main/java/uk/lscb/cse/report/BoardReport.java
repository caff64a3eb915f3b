package uk.lscb.cse.report;

import uk.lscb.cse.plan.Rag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a board report says, for one plan over {@code period}, as at the end of its last day
 * ({@code asAt}; the time it was produced, when that is earlier). Every RAG is as the history had
 * it then: a {@code null} start RAG means the action was added during the period.
 */
public record BoardReport(String boardName, long planId, String planTitle, ReportPeriod period, Instant asAt,
                          Instant producedAt, String timeZone, String marking, Headline headline,
                          Map<Rag, Integer> startCounts, Map<Rag, Integer> endCounts, List<ThemeSection> themes,
                          List<ExceptionRow> exceptions, List<RecommendationRow> recommendations,
                          List<KpiRow> kpis, List<LegendEntry> legend) {

    /** Headline counts for the cover; every count is of actions in the plan as at the period's end. */
    public record Headline(int actions, int completed, int slipped, int overdue, int notUpdated, int noOneToChase,
                           int priorityNotGreen) {
    }

    public record ThemeSection(int position, String name, String aim, List<ActionRow> actions,
                               Map<Rag, Integer> startCounts, Map<Rag, Integer> endCounts) {
    }

    /** One row of a theme's table. {@code notes} are the period's notes, oldest first. */
    public record ActionRow(String ref, String text, String objective, List<String> leads, boolean priority,
                            TimescaleLine timescale, Rag start, Rag now, List<NoteLine> notes, NoteLine latest,
                            boolean updated, boolean overdue, boolean wentOverdue, boolean noOneToChase) {

        public boolean completedInPeriod() {
            return now == Rag.COMPLETE && start != Rag.COMPLETE;
        }

        public boolean priorityNotGreen() {
            return priority && now != Rag.GREEN && now != Rag.COMPLETE;
        }

        public boolean slippedInPeriod() {
            return timescale.slipsInPeriod() > 0;
        }
    }

    /**
     * The timescale as the plan worded it, the due date as at the period's end, and slips (moves of
     * a due date that was set): all of them up to the period's end, and how many fell in the period.
     */
    public record TimescaleLine(String wording, LocalDate originalDue, LocalDate due, int slips, int slipsInPeriod) {
    }

    /** A dated note, by a person of an agency (no email: the report names people, it does not contact them). */
    public record NoteLine(LocalDate on, String author, String agency, Rag rag, String text) {
    }

    public record ExceptionRow(String ref, String text, String theme, List<String> reasons, List<String> leads,
                               TimescaleLine timescale, Rag now, NoteLine latest) {
    }

    /** A review recommendation and the actions answering it; {@code flag} says what the board should look at. */
    public record RecommendationRow(String ref, String text, List<Answer> actions, String flag) {
        public record Answer(String ref, Rag now) {
        }
    }

    /** A measure with its values by period (latest entry of each), exact: the report is restricted. */
    public record KpiRow(String measure, String owner, String target, String direction, List<KpiValue> values) {
        public record KpiValue(String period, String value) {
        }
    }

    public record LegendEntry(Rag rag, String word, String meaning) {
    }
}
