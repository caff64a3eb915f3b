package uk.lscb.cse.plan.transfer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What a plan table's column headings mean, matched case- and punctuation-insensitively with the words
 * the real plans use ("Lead Agency", "Timescale & Progress", "Progress in Dec 16", "RAG STATUS",
 * "How will we do this?"). A heading nothing matches is reported as ignored, never dropped silently.
 */
final class PlanHeaders {
    /** The plan's fields, named as in the CSV format. */
    static final List<String> MEANINGS = List.of(
            "theme", "ref", "objective", "action", "how", "outcomes", "leads", "timescale", "rag", "progress",
            "priority", "review_refs");
    // Several columns may feed one field: "Lead agency" and "Lead officer" are both leads.
    private static final List<String> JOINED = List.of("leads", "progress", "how", "outcomes");
    private static final Map<String, String> EXACT = new LinkedHashMap<>();
    private static final List<Map.Entry<Pattern, String>> OPENINGS = new ArrayList<>();

    static {
        words("theme", "theme", "themes", "priority area", "strategic priority", "strand", "workstream", "section",
                "area", "theme priority");
        words("ref", "ref", "refs", "reference", "no", "number", "action no", "action number", "action ref", "id", "item");
        words("objective", "objective", "objectives", "strategic objective", "aim", "aims");
        words("action", "action", "actions", "what", "action required", "actions required", "what will be done",
                "what we will do", "action to be taken", "description");
        words("how", "how", "how will we do this", "how will this be done", "how we will do this", "output", "outputs",
                "task", "tasks", "method", "key tasks", "deliverables");
        words("outcomes", "outcome", "outcomes", "anticipated outcome", "anticipated outcomes", "expected outcome",
                "expected outcomes", "success measure", "success measures", "measure of success", "measures of success",
                "why", "impact", "intended outcome", "intended outcomes");
        words("leads", "lead", "leads", "lead agency", "lead agencies", "lead officer", "lead officers", "lead person",
                "responsible", "responsibility", "responsible officer", "responsible agency", "owner", "owners", "who",
                "by whom", "accountable", "lead s");
        words("timescale", "timescale", "timescales", "deadline", "deadlines", "by when", "target date", "target dates",
                "due", "due date", "when", "timeframe", "time frame", "completion date", "date", "target", "timescale progress");
        words("rag", "rag", "rag rating", "rag status", "status", "rating", "brag", "b rag", "brag rating",
                "brag status", "red amber green");
        words("progress", "progress", "current position", "update", "updates", "progress update", "activity evidence",
                "evidence", "comments", "commentary", "position", "progress to date", "current status update");
        words("priority", "priority", "top priority", "priority action", "key priority");
        words("review_refs", "review refs", "review ref", "review references", "review reference", "recommendation",
                "recommendations", "rec", "recs", "review recommendation", "review recommendations", "challenge",
                "challenges", "link to review");
        // "Progress in Dec 16", "Progress at March 2017", "Update (quarter 2)": dated progress columns.
        OPENINGS.add(Map.entry(Pattern.compile("^(progress|update|position) (in|at|as at|to|for|q\\d|quarter)\\b.*"), "progress"));
        OPENINGS.add(Map.entry(Pattern.compile("^rag (at|in|as at|for)\\b.*"), "rag"));
    }

    private PlanHeaders() {
    }

    private static void words(String meaning, String... headings) {
        for (String heading : headings) {
            EXACT.put(heading, meaning);
        }
    }

    /** "Timescale & Progress" → "timescale progress"; "How will we do this?" → "how will we do this". */
    static String key(String heading) {
        return heading == null ? "" : heading.toLowerCase(Locale.ROOT).replace("&", " ")
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    static Optional<String> meaning(String heading) {
        String key = key(heading);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        String exact = EXACT.get(key);
        if (exact != null) {
            return Optional.of(exact);
        }
        String underscored = key.replace(' ', '_');
        if (MEANINGS.contains(underscored)) {
            return Optional.of(underscored);
        }
        return OPENINGS.stream().filter(e -> e.getKey().matcher(key).matches()).map(Map.Entry::getValue).findFirst();
    }

    /** A row reads as a heading row when at least two of its filled cells, and most of them, are known headings. */
    static boolean isHeaderRow(List<String> cells) {
        long filled = cells.stream().filter(c -> c != null && !c.isBlank()).count();
        long known = cells.stream().filter(c -> meaning(c).isPresent()).count();
        return known >= 2 && known * 2 >= filled;
    }

    /** A column's heading and what it was taken as. */
    record Use(String heading, String meaning) {
    }

    /**
     * Which column feeds which field. Built from one or more heading rows (a heading row may sit above
     * another, "Timescale & Progress" over "Timescale | Progress"); the lowest row with a known heading wins.
     */
    static final class Mapping {
        private final Map<Integer, String> byColumn = new LinkedHashMap<>();
        private final Map<Integer, String> headings = new LinkedHashMap<>();

        void addRow(List<String> cells) {
            for (int i = 0; i < cells.size(); i++) {
                String cell = cells.get(i);
                if (cell == null || cell.isBlank()) {
                    continue;
                }
                Optional<String> meaning = meaning(cell);
                if (meaning.isPresent() || !byColumn.containsKey(i)) {
                    headings.put(i, cell.strip().replaceAll("\\s+", " "));
                    if (meaning.isPresent()) {
                        byColumn.put(i, meaning.get());
                    }
                }
            }
        }

        /** The column for each field; a field named twice keeps its first column unless it takes several. */
        Map<String, List<Integer>> columns() {
            Map<String, List<Integer>> columns = new LinkedHashMap<>();
            byColumn.forEach((column, meaning) -> {
                List<Integer> list = columns.computeIfAbsent(meaning, m -> new ArrayList<>());
                if (list.isEmpty() || JOINED.contains(meaning)) {
                    list.add(column);
                }
            });
            return columns;
        }

        boolean has(String meaning) {
            return columns().containsKey(meaning);
        }

        /** In the file's column order. */
        List<Use> used() {
            Map<Integer, String> used = new TreeMap<>();
            columns().forEach((meaning, list) -> list.forEach(column -> used.put(column, meaning)));
            return used.entrySet().stream().map(e -> new Use(headings.get(e.getKey()), e.getValue())).toList();
        }

        /** Headings taken as nothing: unknown words, or a second column for a field that takes one. */
        List<String> ignored() {
            List<Integer> used = columns().values().stream().flatMap(List::stream).toList();
            return headings.entrySet().stream().filter(e -> !used.contains(e.getKey())).map(Map.Entry::getValue).toList();
        }

        List<String> warnings() {
            List<String> warnings = new ArrayList<>();
            if (!has("leads")) {
                warnings.add("no column names the leads (e.g. Lead, Lead agency, Responsible, Owner): no one will be chased"
                        + " for these actions until leads are given");
            }
            if (!has("timescale")) {
                warnings.add("no column gives a timescale (e.g. Timescale, Deadline, By when, Target date): no action"
                        + " has a due date, so none will be reminded or shown overdue");
            }
            return warnings;
        }

        Report report() {
            return new Report(used(), ignored(), warnings());
        }
    }

    /** What the import reply says about the file's columns. */
    record Report(List<Use> columns, List<String> ignoredColumns, List<String> warnings) {
        static final Report NONE = new Report(List.of(), List.of(), List.of());
    }
}
