package uk.lscb.cse.report;

import jakarta.inject.Singleton;
import uk.lscb.cse.plan.Rag;
import uk.lscb.cse.plan.RagDefinitions;
import uk.lscb.cse.report.BoardReport.ActionRow;
import uk.lscb.cse.report.BoardReport.ExceptionRow;
import uk.lscb.cse.report.BoardReport.LegendEntry;
import uk.lscb.cse.report.BoardReport.RecommendationRow;
import uk.lscb.cse.report.BoardReport.ThemeSection;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The report's sections drawn from the theme tables: exceptions, review recommendations, KPIs, the legend. */
@Singleton
class ReportSections {
    /** What a rating means where the board has not said: the wording the seeds' plans use. */
    private static final Map<Rag, String> DEFAULT_MEANINGS = new EnumMap<>(Map.of(
            Rag.RED, "off track: will not be delivered on time without action",
            Rag.AMBER, "some risk to delivery: being managed",
            Rag.GREEN, "on track",
            Rag.COMPLETE, "complete",
            Rag.NOT_STARTED, "not started",
            Rag.NOT_RATED, "not rated yet"));

    private final ReadingHistory history;
    private final RagDefinitions definitions;

    ReportSections(ReadingHistory history, RagDefinitions definitions) {
        this.history = history;
        this.definitions = definitions;
    }

    List<ExceptionRow> exceptions(List<ThemeSection> themes) {
        List<ExceptionRow> exceptions = new ArrayList<>();
        for (ThemeSection theme : themes) {
            for (ActionRow row : theme.actions()) {
                List<String> reasons = new ArrayList<>();
                if (row.now() == Rag.RED) {
                    reasons.add("Red");
                }
                if (row.slippedInPeriod()) {
                    reasons.add("Due date moved " + times(row.timescale().slipsInPeriod()) + " this period");
                }
                if (row.wentOverdue()) {
                    reasons.add("Went overdue this period");
                }
                if (row.priorityNotGreen()) {
                    reasons.add("Priority action not green");
                }
                if (!reasons.isEmpty()) {
                    exceptions.add(new ExceptionRow(row.ref(), row.text(), theme.name(), reasons, row.leads(),
                            row.timescale(), row.now(), row.latest()));
                }
            }
        }
        return exceptions;
    }

    static String times(int n) {
        return n == 1 ? "once" : n == 2 ? "twice" : n + " times";
    }

    /** Each recommendation with the actions answering it; none, or every one red, is flagged. */
    List<RecommendationRow> recommendations(long planId, List<ActionRow> rows, Map<String, List<String>> answering) {
        Map<String, Rag> now = new java.util.HashMap<>();
        rows.forEach(r -> now.put(r.ref(), r.now()));
        return history.recommendations(planId).stream().map(r -> {
            List<RecommendationRow.Answer> answers = answering.getOrDefault(r.ref(), List.of()).stream()
                    .filter(now::containsKey).map(ref -> new RecommendationRow.Answer(ref, now.get(ref))).toList();
            String flag = answers.isEmpty() ? "No action answers this recommendation"
                    : answers.stream().allMatch(a -> a.now() == Rag.RED) ? "Every action answering it is Red" : null;
            return new RecommendationRow(r.ref(), r.text(), answers, flag);
        }).toList();
    }


    /** The board's own words for each rating (boards define their colours differently), the usual ones elsewhere. */
    List<LegendEntry> legend(long boardId) {
        Map<Rag, String> own = definitions.of(boardId);
        List<LegendEntry> legend = new ArrayList<>();
        DEFAULT_MEANINGS.forEach((rag, meaning) -> legend.add(new LegendEntry(rag, rag.label(), own.getOrDefault(rag, meaning))));
        return legend;
    }
}
