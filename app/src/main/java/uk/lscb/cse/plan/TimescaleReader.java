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
    // "2015/16", "2016-17", "2015/2016": a financial year, which ends on 31 March.
    private static final Pattern FINANCIAL_YEAR = Pattern.compile("\\b((?:19|20)\\d{2})\\s*(?:/\\s*|-)((?:19|20)?\\d{2})\\b");
    private static final Pattern YEAR = Pattern.compile("\\b((?:19|20)\\d{2})\\b");
    private static final Pattern DATE_LIKE = Pattern.compile("\\d{1,2}[/.]\\d{1,2}|\\b\\d{4}\\b");
    // "Review in July 2017" opens a clause; "Repeat health practise review December 2017" is a deadline.
    private static final Pattern ONGOING = Pattern.compile(
            "\\b(on-?\\s?going|continuous|continual|reviewed|review\\s+date)\\b|(?:^|[-–,;(:]\\s*)review\\b",
            Pattern.CASE_INSENSITIVE);
    // "Updated May 2017", "(revised June 2016)": a note about the plan's editing, kept as text, never a
    // deadline; "to be revised by March 2017" is a deadline.
    private static final Pattern REVISION_NOTE = Pattern.compile(
            "(?<!to be )(?<!will be )\\b(?:up\\s?dated|revised|amended)\\b[^;\\n)]*", Pattern.CASE_INSENSITIVE);
    // "To commence in July 2016", "Starting September 2015": the date after it is a start, not a deadline.
    private static final Pattern START_WORDS = Pattern.compile(
            "\\b(?:commenc\\w*|start\\w*|begin\\w*|from)\\s+(?:(?:in|on|at)\\s+)?(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
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
        // Sub-items on lines of their own (or split by ";") keep their line as the milestone's name.
        List<String> segments = new ArrayList<>();
        for (String segment : wording.strip().split("\\s*(?:\\R|;)\\s*")) {
            if (!segment.isBlank()) {
                segments.add(segment.replaceAll("\\s+", " "));
            }
        }
        String text = String.join(wording.contains("\n") || wording.contains(";") ? "; " : " ", segments);
        List<Found> dates = new ArrayList<>();
        LocalDate starts = null;
        for (String segment : segments) {
            List<Found> found = findDates(segment);
            for (Found f : found) {
                if (START_WORDS.matcher(segment.substring(0, f.at())).find()) {
                    starts = starts == null ? f.start() : starts;
                } else {
                    dates.add(segments.size() > 1 && found.size() == 1 ? f.named(segment) : f);
                }
            }
        }
        if (ONGOING.matcher(text).find()) {
            LocalDate review = dates.isEmpty() ? null : dates.get(0).start();
            return new Timescale(text, null, DuePrecision.ONGOING, review, List.of(), false, starts);
        }
        if (dates.isEmpty()) {
            if (starts != null) {
                return new Timescale(text, null, DuePrecision.ONGOING, null, List.of(), false, starts);
            }
            if (DATE_LIKE.matcher(REVISION_NOTE.matcher(text).replaceAll(" ")).find()) {
                throw new UnreadableValue("timescale '" + text + "' looks like a date but cannot be read;"
                        + " write it as e.g. 'Sept 2015', '31/12/2015' or 'Ongoing'");
            }
            return new Timescale(text, null, DuePrecision.NONE, null, List.of(), true);
        }
        Found last = dates.get(dates.size() - 1);
        List<Timescale.Milestone> milestones = dates.size() < 2 ? List.of()
                : dates.stream().map(d -> new Timescale.Milestone(d.due(), d.precision(), d.text())).toList();
        return new Timescale(text, last.due(), last.precision(), null, milestones, false, starts);
    }

    private record Found(int at, LocalDate due, DuePrecision precision, String text) {
        LocalDate start() {
            return precision == DuePrecision.MONTH ? due.withDayOfMonth(1) : due;
        }

        Found named(String name) {
            return new Found(at, due, precision, name);
        }
    }

    private static List<Found> findDates(String text) {
        List<Found> found = new ArrayList<>();
        StringBuilder rest = new StringBuilder(text);
        blank(REVISION_NOTE, rest);
        scan(FINANCIAL_YEAR, rest, found, TimescaleReader::financialYear);
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
            if (f == null) {
                continue;
            }
            found.add(new Found(m.start(), f.due(), f.precision(), m.group().strip()));
            blank(rest, m.start(), m.end());
        }
    }

    private static void blank(Pattern pattern, StringBuilder rest) {
        Matcher m = pattern.matcher(rest.toString());
        while (m.find()) {
            blank(rest, m.start(), m.end());
        }
    }

    private static void blank(StringBuilder rest, int from, int to) {
        for (int i = from; i < to; i++) {
            rest.setCharAt(i, ' ');
        }
    }

    // Only two consecutive years are a financial year; "2015-2017" is left to the other patterns.
    private static Found financialYear(Matcher m) {
        int first = year(m.group(1));
        int second = Integer.parseInt(m.group(2));
        boolean next = m.group(2).length() == 2 ? second == (first + 1) % 100 : second == first + 1;
        return next ? endOfMonth(first + 1, 3) : null;
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
