package uk.lscb.cse.plan.transfer;

import uk.lscb.cse.ImportProblem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rows of a plan table (CSV, a sheet, a Word table) made into actions, column by column as
 * {@link PlanHeaders} mapped them. A theme comes from a theme column, else from the heading row above
 * (a merged row, a Word heading), else the plan's title.
 */
final class PlanRows {
    private static final int MAX_THEME = 255;
    // Leads on lines of their own, or "Police / Health", "Police, Health", "Police; Health".
    private static final Pattern LEAD_SEPARATORS = Pattern.compile("\\s*(?:\\R|/|,|;)\\s*");
    // "Police and Health", only in a cell that uses no other separator ("Young and Safe team / Police" lists two).
    private static final Pattern AND = Pattern.compile("\\s+and\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern REF_SEPARATORS = Pattern.compile("[\\s;,/]+");
    private static final Pattern BULLET = Pattern.compile("^[\\s•·\\-*–]+|[\\s.]+$");

    private final Map<String, List<Integer>> columns;
    private final String defaultTheme;
    private final Set<String> knownAgencies;
    // Keyed by name, or for a theme named by a heading row by its heading too: a plan that repeats a heading
    // ("Prevention" twice, as Thurrock's does) has two themes, as its tables show.
    private final Map<String, List<PlanDocument.Action>> themes = new LinkedHashMap<>();
    private final Map<String, String> themeNames = new LinkedHashMap<>();
    private int headings;
    private final Set<String> reviewRefs = new LinkedHashSet<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private String heading;
    private PlanDocument.Action last;
    private String lastTheme;

    /** @param knownAgencies the board's agencies, lower case: "Young and Safe team" is one lead if the board has it */
    PlanRows(PlanHeaders.Mapping mapping, String defaultTheme, Set<String> knownAgencies) {
        this.columns = mapping.columns();
        this.defaultTheme = defaultTheme;
        this.knownAgencies = knownAgencies;
    }

    /** A heading row above the actions that follow: their theme, unless a theme column says otherwise. */
    void heading(String text) {
        heading = text.strip().replaceAll("\\s+", " ");
        headings++;
    }

    void add(String where, List<String> cells) {
        String theme = cell(cells, "theme");
        if (theme == null && columns.containsKey("theme") && heading == null) {
            problems.add(new ImportProblem(where, "theme", "is empty; every action belongs to a theme"));
            return;
        }
        String key = theme != null ? theme : heading != null ? heading + "\u0000" + headings : defaultTheme;
        theme = theme != null ? theme : heading != null ? heading : defaultTheme;
        if (theme.length() > MAX_THEME) {
            problems.add(new ImportProblem(where, "theme", "is longer than " + MAX_THEME + " characters"));
            return;
        }
        themeNames.putIfAbsent(key, theme);
        List<String> refs = refs(cell(cells, "review_refs"));
        reviewRefs.addAll(refs);
        last = new PlanDocument.Action(cell(cells, "ref"), cell(cells, "objective"), cell(cells, "action"),
                cell(cells, "how"), cell(cells, "outcomes"), leads(cell(cells, "leads")), cell(cells, "timescale"),
                cell(cells, "rag"), cell(cells, "progress"), priority(cell(cells, "priority"), where), refs, where);
        lastTheme = key;
        themes.computeIfAbsent(key, t -> new ArrayList<>()).add(last);
    }

    /**
     * A row with no action text under an action (a table broken across pages, a cell merged down) adds
     * its cells to that action; false when there is no action to continue.
     */
    boolean continueLast(List<String> cells) {
        if (last == null || cell(cells, "action") != null) {
            return false;
        }
        List<PlanDocument.Action> actions = themes.get(lastTheme);
        PlanDocument.Action a = last;
        List<String> leads = new ArrayList<>(a.leads());
        leads(cell(cells, "leads")).stream().filter(l -> !leads.contains(l)).forEach(leads::add);
        last = new PlanDocument.Action(a.ref(), a.objective(), a.action(), more(a.how(), cell(cells, "how")),
                more(a.outcomes(), cell(cells, "outcomes")), leads, more(a.timescale(), cell(cells, "timescale")),
                more(a.rag(), cell(cells, "rag")), more(a.progress(), cell(cells, "progress")), a.priority(),
                a.reviewRefs(), a.source());
        actions.set(actions.size() - 1, last);
        return true;
    }

    boolean isEmpty() {
        return themes.isEmpty();
    }

    List<ImportProblem> problems() {
        return problems;
    }

    /** Every recommendation ref the rows refer to, in order of first mention. */
    Set<String> reviewRefs() {
        return reviewRefs;
    }

    PlanDocument document(String title, List<PlanDocument.Recommendation> recommendations) {
        List<PlanDocument.Theme> list = themes.entrySet().stream()
                .map(e -> new PlanDocument.Theme(themeNames.get(e.getKey()), null, e.getValue())).toList();
        return new PlanDocument(null, title, null, null, recommendations, list, List.of());
    }

    private String cell(List<String> cells, String meaning) {
        List<Integer> at = columns.get(meaning);
        if (at == null) {
            return null;
        }
        List<String> values = at.stream().filter(i -> i < cells.size()).map(cells::get)
                .filter(v -> v != null && !v.isBlank()).map(v -> CsvPlanFormat.revived(v).strip()).toList();
        return values.isEmpty() ? null : String.join("\n", values);
    }

    private static String more(String before, String added) {
        if (added == null || (before != null && before.contains(added))) {
            return before;
        }
        return before == null ? added : before + "\n" + added;
    }

    private List<String> leads(String cell) {
        if (cell == null) {
            return List.of();
        }
        String[] parts = LEAD_SEPARATORS.split(cell.strip());
        String whole = BULLET.matcher(cell).replaceAll("");
        if (parts.length == 1 && !knownAgencies.contains(whole.toLowerCase(Locale.ROOT))) {
            parts = AND.split(whole);
        }
        return Arrays.stream(parts).map(l -> BULLET.matcher(l).replaceAll("")).filter(l -> !l.isBlank()).distinct().toList();
    }

    private static List<String> refs(String cell) {
        if (cell == null) {
            return List.of();
        }
        return Arrays.stream(REF_SEPARATORS.split(cell.strip())).filter(r -> !r.isBlank()).distinct().toList();
    }

    private Boolean priority(String cell, String where) {
        if (cell == null) {
            return null;
        }
        return switch (cell.toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true" -> Boolean.TRUE;
            case "no", "n", "false" -> null;
            default -> {
                problems.add(new ImportProblem(where, "priority", "'" + cell + "' is not yes or no"));
                yield null;
            }
        };
    }
}
