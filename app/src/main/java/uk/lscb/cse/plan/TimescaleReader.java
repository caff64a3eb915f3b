package uk.lscb.cse.plan;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the timescale wording found in real plans; see {@link Timescale}. */
final class TimescaleReader {
    private static final String MONTH =
            "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                    + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern ISO_DAY = Pattern.compile("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b");
    private static final Pattern UK_DAY = Pattern.compile("\\b(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4}|\\d{2})\\b");
    private static final Pattern NAMED_DAY = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s*(?:of\\s+)?" + MONTH + ",?\\s*'?(\\d{4}|\\d{2})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAMED_MONTH = Pattern.compile(
            "(?<![a-z])" + MONTH + "[\\s,]*'?(\\d{4}|\\d{2})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUARTER = Pattern.compile("\\bQ([1-4])[\\s/-]*(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR = Pattern.compile("\\b((?:19|20)\\d{2})\\b");
    private static final Pattern DATE_LIKE = Pattern.compile("\\d{1,2}[/.]\\d{1,2}|\\b\\d{4}\\b");
    private static final Pattern ONGOING = Pattern.compile(
            "\\b(on-?\\s?going|continuous|continual|reviewed?|review\\s+date)\\b", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private TimescaleReader() {
    }

    static Timescale read(String wording) {
        if (wording == null || wording.isBlank()) {
            return new Timescale(null, null, DuePrecision.NONE, null, List.of(), false);
        }
        String text = wording.strip().replaceAll("\\s+", " ");
        List<Found> dates = findDates(text);
        if (ONGOING.matcher(text).find()) {
            LocalDate review = dates.isEmpty() ? null : dates.get(0).start();
            return new Timescale(text, null, DuePrecision.ONGOING, review, List.of(), false);
        }
        if (dates.isEmpty()) {
            if (DATE_LIKE.matcher(text).find()) {
                throw new UnreadableValue("timescale '" + text + "' looks like a date but cannot be read;"
                        + " write it as e.g. 'Sept 2015', '31/12/2015' or 'Ongoing'");
            }
            return new Timescale(text, null, DuePrecision.NONE, null, List.of(), true);
        }
        Found last = dates.get(dates.size() - 1);
        List<Timescale.Milestone> milestones = dates.size() < 2 ? List.of()
                : dates.stream().map(d -> new Timescale.Milestone(d.due(), d.precision(), d.text())).toList();
        return new Timescale(text, last.due(), last.precision(), null, milestones, false);
    }

    private record Found(int at, LocalDate due, DuePrecision precision, String text) {
        LocalDate start() {
            return precision == DuePrecision.MONTH ? due.withDayOfMonth(1) : due;
        }
    }

    private static List<Found> findDates(String text) {
        List<Found> found = new ArrayList<>();
        StringBuilder rest = new StringBuilder(text);
        scan(ISO_DAY, rest, found, m -> day(m.group(3), m.group(2), m.group(1), m.group()));
        scan(UK_DAY, rest, found, m -> day(m.group(1), m.group(2), m.group(3), m.group()));
        scan(NAMED_DAY, rest, found, m -> day(m.group(1), String.valueOf(month(m.group(2))), m.group(3), m.group()));
        scan(NAMED_MONTH, rest, found, m -> endOfMonth(year(m.group(2)), month(m.group(1))));
        scan(QUARTER, rest, found, m -> endOfMonth(year(m.group(2)), Integer.parseInt(m.group(1)) * 3));
        if (found.isEmpty()) {
            scan(YEAR, rest, found, m -> endOfMonth(year(m.group(1)), 12));
        }
        found.sort((a, b) -> Integer.compare(a.at(), b.at()));
        return found;
    }

    // Blank out each match so a later, looser pattern cannot read the same words again.
    private static void scan(Pattern pattern, StringBuilder rest, List<Found> found, Function<Matcher, Found> reading) {
        Matcher m = pattern.matcher(rest.toString());
        while (m.find()) {
            Found f = reading.apply(m);
            found.add(new Found(m.start(), f.due(), f.precision(), m.group().strip()));
            for (int i = m.start(); i < m.end(); i++) {
                rest.setCharAt(i, ' ');
            }
        }
    }

    private static Found day(String day, String month, String year, String text) {
        try {
            return new Found(0, LocalDate.of(year(year), Integer.parseInt(month), Integer.parseInt(day)), DuePrecision.DAY, text);
        } catch (DateTimeException e) {
            throw new UnreadableValue("timescale date '" + text.strip() + "' does not exist");
        }
    }

    private static Found endOfMonth(int year, int month) {
        return new Found(0, YearMonth.of(year, month).atEndOfMonth(), DuePrecision.MONTH, "");
    }

    private static int month(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        int full = digits.length() == 2 ? 2000 + year : year;
        if (full < 1990 || full > 2100) {
            throw new UnreadableValue("timescale year " + digits + " is out of range");
        }
        return full;
    }
}
