package uk.lscb.cse.plan.transfer;

import uk.lscb.cse.ImportProblem;

import java.math.BigDecimal;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a plan file's measures, adding every problem to the plan's list. The wording is the file's
 * (the kpi package reads the same words from the admin API; this package stays free of it, since the
 * kpi kernel depends on plans).
 */
final class KpiChecks {
    private static final Map<String, String> PERIOD_TYPES = Map.ofEntries(
            Map.entry("monthly", "MONTHLY"), Map.entry("quarterly", "QUARTERLY"), Map.entry("six-monthly", "SIX_MONTHLY"),
            Map.entry("6 monthly", "SIX_MONTHLY"), Map.entry("half-yearly", "SIX_MONTHLY"),
            Map.entry("twice yearly", "SIX_MONTHLY"), Map.entry("annual", "ANNUAL"), Map.entry("annually", "ANNUAL"),
            Map.entry("yearly", "ANNUAL"));
    private static final Map<String, String> DIRECTIONS = Map.of("higher", "HIGHER", "up", "HIGHER", "lower", "LOWER",
            "down", "LOWER");
    private static final Map<String, String> OBA = Map.of("how much", "HOW_MUCH", "how well", "HOW_WELL",
            "better off", "BETTER_OFF", "is anyone better off", "BETTER_OFF");
    private static final Map<String, String> KINDS = Map.of("count", "COUNT", "decimal", "DECIMAL",
            "percentage", "PERCENTAGE", "percent", "PERCENTAGE");
    private static final int MAX_NAME = 255;
    private static final int MAX_TITLE = 500;
    private static final int MAX_PERIOD = 16;
    private static final int FINANCIAL_YEAR = 4;

    private final Set<String> knownEmails;
    private final List<String> themeNames;
    private final List<ImportProblem> problems;

    KpiChecks(Set<String> knownEmails, List<String> themeNames, List<ImportProblem> problems) {
        this.knownEmails = knownEmails;
        this.themeNames = themeNames;
        this.problems = problems;
    }

    List<PlanDraft.Kpi> check(List<PlanDocument.Kpi> given) {
        List<PlanDraft.Kpi> kpis = new ArrayList<>();
        for (int k = 0; k < given.size(); k++) {
            PlanDocument.Kpi kpi = given.get(k);
            String where = "kpis[" + (k + 1) + "]";
            if (kpi.measure() == null || kpi.measure().isBlank()) {
                problem(where, "measure", "is missing");
            }
            length(where, "measure", kpi.measure(), MAX_TITLE);
            length(where, "owner", kpi.owner(), MAX_NAME);
            if (kpi.values() != null) {
                kpi.values().forEach((period, value) -> {
                    length(where, "values", period, MAX_PERIOD);
                    if (value != null && value.signum() < 0) {
                        problem(where, "values", period + ": a value cannot be negative");
                    }
                });
            }
            String email = strip(kpi.ownerPerson()) == null ? null : kpi.ownerPerson().strip().toLowerCase(Locale.ROOT);
            if (email != null && !knownEmails.contains(email)) {
                problem(where, "ownerPerson", "'" + kpi.ownerPerson() + "' is not one of the board's people; load them first"
                        + " (POST /api/boards/{slug}/people) or leave ownerPerson out");
            }
            kpis.add(new PlanDraft.Kpi(strip(kpi.measure()), strip(kpi.counted()), theme(where, kpi.theme()),
                    strip(kpi.owner()), email,
                    word(where, "period", kpi.period(), PERIOD_TYPES, "monthly, quarterly, half-yearly or annual"),
                    yearStart(where, kpi.yearStart()), kpi.target(),
                    word(where, "direction", kpi.direction(), DIRECTIONS, "higher or lower (is better)"), kpi.baseline(),
                    Boolean.TRUE.equals(kpi.byAgency()),
                    word(where, "oba", kpi.oba(), OBA, "how much, how well or better off"),
                    kpi.kind() == null ? "COUNT" : word(where, "kind", kpi.kind(), KINDS, "count, decimal or percentage"),
                    kpi.values() == null ? Map.of() : kpi.values()));
        }
        return kpis;
    }

    private Integer theme(String where, String theme) {
        if (strip(theme) == null) {
            return null;
        }
        String t = theme.strip();
        if (t.matches("\\d{1,3}")) {
            int position = Integer.parseInt(t);
            if (position >= 1 && position <= themeNames.size()) {
                return position;
            }
            problem(where, "theme", t + " is not a theme number: the plan has " + themeNames.size() + " themes");
            return null;
        }
        List<Integer> named = new ArrayList<>();
        for (int i = 0; i < themeNames.size(); i++) {
            if (t.equalsIgnoreCase(strip(themeNames.get(i)))) {
                named.add(i + 1);
            }
        }
        if (named.size() != 1) {
            problem(where, "theme", named.isEmpty() ? "'" + t + "' is not a theme of the plan"
                    : "more than one theme is named '" + t + "': give the theme's number (" + named + ") instead");
            return null;
        }
        return named.get(0);
    }

    private int yearStart(String where, String month) {
        if (strip(month) == null) {
            return FINANCIAL_YEAR;
        }
        String m = month.strip().toLowerCase(Locale.ROOT);
        if (m.matches("\\d{1,2}") && Integer.parseInt(m) >= 1 && Integer.parseInt(m) <= 12) {
            return Integer.parseInt(m);
        }
        for (Month candidate : Month.values()) {
            if (m.length() >= 3 && candidate.getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.ROOT).startsWith(m)) {
                return candidate.getValue();
            }
        }
        problem(where, "yearStart", "'" + month + "' is not a month; write e.g. April (the financial year) or January");
        return FINANCIAL_YEAR;
    }

    private String word(String where, String field, String value, Map<String, String> words, String expected) {
        if (strip(value) == null) {
            return null;
        }
        String known = words.get(value.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace("?", ""));
        if (known == null) {
            known = words.get(value.strip().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        if (known == null) {
            problem(where, field, "'" + value + "' is not " + expected);
        }
        return known;
    }

    private void length(String where, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            problem(where, field, "is longer than " + max + " characters");
        }
    }

    private void problem(String where, String field, String reason) {
        problems.add(new ImportProblem(where, field, reason));
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
