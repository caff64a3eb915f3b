package uk.lscb.cse.plan.transfer;

import uk.lscb.cse.ImportProblem;
import uk.lscb.cse.RefusedFile;
import uk.lscb.cse.plan.Rag;
import uk.lscb.cse.plan.SafeguardingGuard;
import uk.lscb.cse.plan.Timescale;
import uk.lscb.cse.plan.UnreadableValue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a plan file's wording into a {@link PlanDraft}, collecting every problem rather than
 * stopping at the first, so one round trip tells the board manager all that needs fixing.
 */
public final class PlanChecks {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final int MAX_TEXT = 10_000;
    // The database's column sizes (migrations/V1): a longer value is a row-numbered problem here
    // rather than a refusal from the database half-way through the import.
    private static final int MAX_NAME = 255;
    private static final int MAX_TITLE = 500;
    private static final int MAX_REF = 32;
    private static final int MAX_RAG_WORDING = 64;

    private final Set<String> knownEmails;
    private final SafeguardingGuard guard;
    private final int maxActions;
    private final List<ImportProblem> problems = new ArrayList<>();

    /**
     * @param knownEmails the board's people, lower case: a lead given as an email must be one of them
     * @param guard       the board's safeguarding guard: a progress cell becomes a history entry, a note like any other
     */
    public PlanChecks(Set<String> knownEmails, SafeguardingGuard guard) {
        this(knownEmails, guard, Integer.MAX_VALUE);
    }

    /** @param maxActions the most actions a plan may have (the service's CSE_PLANS_MAX_ACTIONS) */
    public PlanChecks(Set<String> knownEmails, SafeguardingGuard guard, int maxActions) {
        this.knownEmails = knownEmails;
        this.guard = guard;
        this.maxActions = maxActions;
    }

    public PlanDraft check(PlanDocument doc) {
        if (doc.title() == null || doc.title().isBlank()) {
            problem("plan", "title", "is missing; give the plan a title");
        }
        length("plan", "title", doc.title(), MAX_TITLE);
        length("plan", "reviewCadence", doc.reviewCadence(), MAX_NAME);
        LocalDate start = doc.period() == null ? null : date(doc.period().start(), false, "period.start");
        LocalDate end = doc.period() == null ? null : date(doc.period().end(), true, "period.end");
        if (start != null && end != null && end.isBefore(start)) {
            problem("plan", "period", "ends before it starts");
        }
        List<PlanDocument.Recommendation> recommendations = doc.recommendations() == null ? List.of() : doc.recommendations();
        Set<String> recommendationRefs = new HashSet<>();
        for (PlanDocument.Recommendation r : recommendations) {
            if (r.ref() == null || r.text() == null) {
                problem("recommendations", "ref", "each recommendation needs a ref and a text");
            } else if (!recommendationRefs.add(r.ref())) {
                problem("recommendations", "ref", "'" + r.ref() + "' appears twice");
            } else {
                length("recommendations", "ref", r.ref(), MAX_REF);
                length("recommendations", "text", r.text(), MAX_TEXT);
            }
        }
        List<PlanDocument.Theme> themes = doc.themes() == null ? List.of() : doc.themes();
        if (themes.isEmpty()) {
            problem("plan", "themes", "the plan has no themes or actions");
        }
        long actionCount = themes.stream().mapToLong(t -> t.actions() == null ? 0 : t.actions().size()).sum();
        if (actionCount > maxActions) {
            problem("plan", "actions", "has " + actionCount + " actions; a plan may have at most " + maxActions
                    + " (the service's CSE_PLANS_MAX_ACTIONS)");
        }
        Set<String> givenRefs = new HashSet<>();
        themes.forEach(t -> (t.actions() == null ? List.<PlanDocument.Action>of() : t.actions()).forEach(a -> {
            if (a.ref() != null && !a.ref().isBlank() && !givenRefs.add(a.ref().strip())) {
                problem(a.source(), "ref", "'" + a.ref() + "' is used by more than one action");
            }
        }));
        List<PlanDraft.Theme> draftThemes = new ArrayList<>();
        Set<String> usedRefs = new HashSet<>(givenRefs);
        for (int t = 0; t < themes.size(); t++) {
            PlanDocument.Theme theme = themes.get(t);
            if (theme.name() == null || theme.name().isBlank()) {
                problem("themes[" + (t + 1) + "]", "name", "is missing");
            }
            length("themes[" + (t + 1) + "]", "name", theme.name(), MAX_NAME);
            length("themes[" + (t + 1) + "]", "aim", theme.aim(), MAX_TEXT);
            List<PlanDraft.Action> actions = new ArrayList<>();
            int next = 1;
            for (PlanDocument.Action a : theme.actions() == null ? List.<PlanDocument.Action>of() : theme.actions()) {
                String ref = a.ref() == null || a.ref().isBlank() ? null : a.ref().strip();
                boolean generated = ref == null;
                // A plan without references gets "theme.n", skipping any the plan already uses.
                while (ref == null) {
                    String candidate = (t + 1) + "." + next++;
                    if (usedRefs.add(candidate)) {
                        ref = candidate;
                    }
                }
                actions.add(action(a, ref, generated, recommendationRefs));
            }
            draftThemes.add(new PlanDraft.Theme(strip(theme.name()), strip(theme.aim()), actions));
        }
        List<PlanDraft.Kpi> kpis = new KpiChecks(knownEmails, themes.stream().map(PlanDocument.Theme::name).toList(), problems)
                .check(doc.kpis() == null ? List.of() : doc.kpis());
        if (!problems.isEmpty()) {
            throw new RefusedFile(problems);
        }
        return new PlanDraft(doc.title().strip(), start, end, strip(doc.reviewCadence()), recommendations, draftThemes, kpis);
    }

    private PlanDraft.Action action(PlanDocument.Action a, String ref, boolean generated, Set<String> recommendationRefs) {
        String where = a.source();
        if (a.action() == null || a.action().isBlank()) {
            problem(where, "action", "is empty; say what will be done");
        } else {
            length(where, "action", a.action(), MAX_TEXT);
        }
        if (ref.length() > MAX_REF) {
            problem(where, "ref", "'" + ref + "' is longer than " + MAX_REF + " characters");
        }
        length(where, "objective", a.objective(), MAX_TEXT);
        length(where, "how", a.how(), MAX_TEXT);
        length(where, "outcomes", a.outcomes(), MAX_TEXT);
        length(where, "progress", a.progress(), MAX_TEXT);
        length(where, "timescale", a.timescale(), MAX_TITLE);
        length(where, "rag", a.rag(), MAX_RAG_WORDING);
        Timescale timescale = null;
        try {
            timescale = Timescale.read(a.timescale());
        } catch (UnreadableValue e) {
            problem(where, "timescale", e.getMessage());
        }
        Rag rag = Rag.imported(a.rag(), a.progress()).orElse(null);
        if (rag == null) {
            problem(where, "rag", "'" + a.rag() + "' is not a RAG rating; use Red, Amber, Green, Complete (or R, A, G)");
        }
        List<PlanDraft.Lead> leads = new ArrayList<>();
        for (String lead : a.leads() == null ? List.<String>of() : a.leads()) {
            String name = lead == null ? "" : lead.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (name.contains("@")) {
                String email = name.toLowerCase(Locale.ROOT);
                if (!EMAIL.matcher(email).matches()) {
                    problem(where, "leads", "'" + name + "' is not an email address");
                } else if (!knownEmails.contains(email)) {
                    problem(where, "leads", email + " is not one of the board's people; add them with"
                            + " POST /api/boards/{slug}/people first, or name their agency instead");
                }
                leads.add(new PlanDraft.Lead(null, email));
            } else if (name.length() > MAX_NAME) {
                problem(where, "leads", "agency name is longer than " + MAX_NAME + " characters");
            } else {
                leads.add(new PlanDraft.Lead(name, null));
            }
        }
        List<String> reviewRefs = a.reviewRefs() == null ? List.of() : a.reviewRefs().stream().map(String::strip).toList();
        for (String r : reviewRefs) {
            if (!recommendationRefs.contains(r)) {
                problem(where, "review_refs", "recommendation '" + r + "' is not in the plan's recommendations"
                        + (recommendationRefs.isEmpty() ? " (the plan lists none)" : " (it lists "
                        + String.join(", ", recommendationRefs.stream().sorted().toList()) + ")"));
            }
        }
        // The reason names the kind of detail, never the cell's text: the refusal may be shown or logged where the note may not.
        guard.check(a.progress()).ifPresent(found -> problem(where, "progress", "was not imported: " + found.concern()
                + "; progress is about the plan, not about children, so reword the cell without identifying anyone"));
        String wording = a.rag() == null ? null : a.rag().strip();
        return new PlanDraft.Action(ref, generated, strip(a.objective()), strip(a.action()), strip(a.how()),
                strip(a.outcomes()), leads.stream().distinct().toList(), timescale, rag, wording, strip(a.progress()),
                Boolean.TRUE.equals(a.priority()), reviewRefs.stream().distinct().toList());
    }

    private LocalDate date(String value, boolean endOfPeriod, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.strip().length() == 7) {
                YearMonth month = YearMonth.parse(value.strip());
                return endOfPeriod ? month.atEndOfMonth() : month.atDay(1);
            }
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problem("plan", field, "'" + value + "' is not a date; write YYYY-MM or YYYY-MM-DD");
            return null;
        }
    }

    private void length(String where, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            problem(where, field, "is longer than " + max + " characters");
        }
    }

    private void problem(String where, String field, String reason) {
        problems.add(new ImportProblem(where == null ? "plan" : where, field, reason));
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
