package uk.lscb.cse.chat;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The KPI words of the command language: "kpi", "kpi 3", "kpi 3 42", "kpi 3 42 note …",
 * "kpi 3 Q2 42", "kpi 3 2015-16 Q2 42"; and a reply in a value request's thread: "42", "42 note …".
 */
final class KpiCommands {
    private static final Pattern NUMBER = Pattern.compile("-?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?%?|-?\\.\\d+%?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}[-/]\\d{2}");
    private static final Pattern YEAR_PART = Pattern.compile("[QqHh]\\d");
    private static final Pattern VALUE_THEN_NOTE = Pattern.compile(
            "^\\s*(-?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?%?|[^\\s,]+)\\s*(?:[-:–—,]+\\s*)?(?:note\\b\\s*[:\\-–]?\\s*)?(.*)$", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private KpiCommands() {
    }

    static Command parse(String rest) {
        if (rest.isBlank()) {
            return new Command.KpiList();
        }
        String[] words = rest.strip().split("\\s+", 2);
        if (!words[0].matches("\\d{1,3}")) {
            return new Command.Unreadable("Say which measure, by its number: kpi 3 shows it, kpi 3 42 gives its value"
                    + " for the latest period; kpi on its own lists your measures.");
        }
        int number = Integer.parseInt(words[0]);
        if (words.length == 1) {
            return new Command.KpiShow(number);
        }
        String[] tokens = words[1].split("\\s+", 3);
        if (tokens.length == 1 && (YEAR_PART.matcher(tokens[0]).matches() || YEAR.matcher(tokens[0]).matches())) {
            return new Command.Unreadable("Say the value: kpi " + number + " " + tokens[0] + " 42.");
        }
        String period = null;
        int next = 0;
        // One word after the number is the value, whatever it is ("kpi 3 lots" is told it is not a number).
        if (tokens.length > 1 && !NUMBER.matcher(tokens[0]).matches() && !tokens[0].equalsIgnoreCase("note")) {
            period = tokens[0];
            next = 1;
            if (YEAR.matcher(tokens[0]).matches() && tokens.length > 1 && YEAR_PART.matcher(tokens[1]).matches()) {
                period = tokens[0] + " " + tokens[1];
                next = 2;
            }
        }
        String after = rest(words[1], next);
        if (after.isBlank()) {
            return new Command.Unreadable("Say the value: kpi " + number + " " + period + " 42.");
        }
        return value(number, period, after).orElseThrow();
    }

    /** A reply in the thread of a request for measure {@code number}'s {@code period}: "42", "42 note …". */
    static Optional<Command> reply(int number, String period, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String first = text.strip().split("\\s+", 2)[0].replaceAll("[,;:]+$", "");
        return NUMBER.matcher(first).matches() ? value(number, period, text) : Optional.empty();
    }

    private static Optional<Command> value(int number, String period, String text) {
        Matcher m = VALUE_THEN_NOTE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String note = m.group(2).strip();
        return Optional.of(new Command.KpiGive(number, period, m.group(1), note.isEmpty() ? null : note));
    }

    // The text after the first {@code skip} words, as typed.
    private static String rest(String text, int skip) {
        String t = text.strip();
        for (int i = 0; i < skip; i++) {
            String[] split = t.split("\\s+", 2);
            t = split.length > 1 ? split[1].strip() : "";
        }
        return t;
    }
}
