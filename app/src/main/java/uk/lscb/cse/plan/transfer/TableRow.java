package uk.lscb.cse.plan.transfer;

import java.util.List;
import java.util.Set;

/**
 * One row of a plan table as a spreadsheet or Word reader found it.
 *
 * @param where     for error messages: "row 7", "table 2 row 5"
 * @param kind      CELLS, a HEADING (a row whose only cell spans the table, a Word heading: it names a theme),
 *                  or PROSE (a paragraph between a document's tables: never an action)
 * @param continued the columns whose cell is merged down from the row above (its text repeated here)
 */
record TableRow(String where, List<String> cells, Kind kind, Set<Integer> continued) {
    enum Kind { CELLS, HEADING, PROSE }

    TableRow(String where, List<String> cells, Set<Integer> continued) {
        this(where, cells, Kind.CELLS, continued);
    }

    static TableRow heading(String where, String text) {
        return new TableRow(where, List.of(text), Kind.HEADING, Set.of());
    }

    static TableRow prose(String where, String text) {
        return new TableRow(where, List.of(text), Kind.PROSE, Set.of());
    }

    long filled() {
        return cells.stream().filter(c -> c != null && !c.isBlank()).count();
    }
}
