package uk.lscb.cse.plan.transfer;

import uk.lscb.cse.ImportProblem;
import uk.lscb.cse.RefusedFile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A plan read from the rows of a sheet or of a Word document's tables: rows before the first heading
 * row are the document's title and notes; one or more heading rows name the columns (a heading row
 * repeated at a page break is skipped); a merged row spanning the table, or a heading paragraph, starts
 * a theme; a row with no action text continues the action above it (a table broken across pages).
 */
final class TabularPlan {
    private TabularPlan() {
    }

    static ReadPlan read(List<TableRow> rows, String title, List<PlanDocument.Recommendation> recommendations,
                         Set<String> knownAgencies, String what) {
        PlanHeaders.Mapping mapping = null;
        PlanRows plan = null;
        boolean afterHeader = false;
        String heading = null;
        List<String> opening = new ArrayList<>();
        for (TableRow row : rows) {
            if (row.filled() == 0) {
                continue;
            }
            String only = row.cells().stream().filter(c -> c != null && !c.isBlank()).findFirst().orElseThrow().strip();
            if (row.kind() == TableRow.Kind.HEADING) {
                heading = only;
                if (plan != null) {
                    plan.heading(only);
                }
                continue;
            }
            if (row.kind() == TableRow.Kind.CELLS && PlanHeaders.isHeaderRow(row.cells())) {
                if (mapping == null) {
                    mapping = new PlanHeaders.Mapping();
                }
                if (plan == null && (afterHeader || mapping.columns().isEmpty())) {
                    mapping.addRow(row.cells());
                }
                afterHeader = true;
                continue;
            }
            afterHeader = false;
            if (mapping == null || row.kind() == TableRow.Kind.PROSE) {
                if (mapping == null && opening.size() < 3) {
                    opening.add(only.length() > 60 ? only.substring(0, 60) + "…" : only);
                }
                continue;
            }
            if (plan == null) {
                if (!mapping.has("action")) {
                    throw refused(what, "its heading row has no action column (headings: "
                            + String.join(", ", mapping.ignored()) + "); name the column that says what will be done Action");
                }
                plan = new PlanRows(mapping, title, knownAgencies);
                if (heading != null) {
                    plan.heading(heading);
                }
            }
            List<String> cells = withoutContinuedAction(row, mapping);
            if (!plan.continueLast(cells)) {
                plan.add(row.where(), cells);
            }
        }
        if (plan == null) {
            throw refused(what, "no row names the plan's columns (Action, Lead, Timescale, RAG, Progress ...), so this"
                    + " does not look like an action plan" + (opening.isEmpty() ? "" : "; it opens with: "
                    + String.join(" | ", opening)));
        }
        if (!plan.problems().isEmpty()) {
            throw new RefusedFile(plan.problems());
        }
        return new ReadPlan(plan.document(title, recommendations), mapping.report());
    }

    // An action cell merged down over several rows is one action, not the same action twice.
    private static List<String> withoutContinuedAction(TableRow row, PlanHeaders.Mapping mapping) {
        List<Integer> action = mapping.columns().getOrDefault("action", List.of());
        if (row.continued().stream().noneMatch(action::contains)) {
            return row.cells();
        }
        List<String> cells = new ArrayList<>(row.cells());
        action.stream().filter(i -> i < cells.size()).forEach(i -> cells.set(i, null));
        return cells;
    }

    static RefusedFile refused(String what, String reason) {
        return new RefusedFile(List.of(new ImportProblem(what, null, reason)));
    }
}
