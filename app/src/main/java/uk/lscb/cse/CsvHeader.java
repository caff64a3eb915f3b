package uk.lscb.cse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The header row of a CSV file a board manager made: names matched loosely, and no name given twice. */
public final class CsvHeader {
    private CsvHeader() {
    }

    /** How a column is known whatever the spreadsheet did to it: "Review Refs " is review_refs. */
    public static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
    }

    /**
     * A problem for each column named again. Reading either copy would silently drop the other's
     * cells, and which one is meant is the board manager's call.
     */
    public static List<ImportProblem> repeated(List<String> names) {
        Map<String, Integer> first = new HashMap<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String key = key(names.get(i));
            Integer earlier = key.isEmpty() ? null : first.putIfAbsent(key, i + 1);
            if (earlier != null) {
                problems.add(new ImportProblem("row 1", key, "the header row names " + key + " twice (columns "
                        + earlier + " and " + (i + 1) + "); keep one"));
            }
        }
        return problems;
    }
}
