package uk.lscb.cse.plan;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The full dates in a normalised note, as people write them: 03/04/2012, 3.4.12, 2012-04-03,
 * 3rd of April 2012, April 3rd, 2012. A date with no day ("April 2012") is a plan's timescale,
 * never a date of birth, so it is not read here.
 */
final class NoteDates {
    static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final String NOT_MORE = "(?!\\d)(?![/.-]\\d)";
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?<![\\d/.-])(\\d{1,2}) ?([/.-]) ?(\\d{1,2}) ?\\2 ?(\\d{4}|\\d{2})" + NOT_MORE);
    private static final Pattern YEAR_FIRST = Pattern.compile(
            "(?<![\\d/.-])(\\d{4})([/.-])(\\d{1,2})\\2(\\d{1,2})" + NOT_MORE);
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(" + MONTH + ")\\.?,? ('\\d{2}|\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b(" + MONTH + ")\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b", Pattern.CASE_INSENSITIVE);

    /** A date found at [start, end) of the note. */
    record Found(LocalDate date, int start, int end) {
    }

    private NoteDates() {
    }

    static List<Found> in(String text, LocalDate today) {
        List<Found> found = new ArrayList<>();
        Matcher m = DAY_FIRST.matcher(text);
        while (m.find()) {
            int year = year(m.group(4), today);
            // Day first as in the UK; 04/23/2009 can only be month first.
            LocalDate date = date(year, m.group(3), m.group(1));
            add(found, date != null ? date : date(year, m.group(1), m.group(3)), m);
        }
        m = YEAR_FIRST.matcher(text);
        while (m.find()) {
            add(found, date(Integer.parseInt(m.group(1)), m.group(3), m.group(4)), m);
        }
        m = DAY_MONTH.matcher(text);
        while (m.find()) {
            add(found, date(year(m.group(3), today), month(m.group(2)), m.group(1)), m);
        }
        m = MONTH_DAY.matcher(text);
        while (m.find()) {
            add(found, date(Integer.parseInt(m.group(3)), month(m.group(1)), m.group(2)), m);
        }
        return found;
    }

    // "14/02/98": the century that puts it in the past, as a date of birth is (98 is 1998, not 2098).
    private static int year(String digits, LocalDate today) {
        String given = digits.startsWith("'") ? digits.substring(1) : digits;
        int year = Integer.parseInt(given);
        if (given.length() == 2) {
            year += 2000 + year > today.getYear() ? 1900 : 2000;
        }
        return year;
    }

    private static String month(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < months.length; i++) {
            if (lower.startsWith(months[i])) {
                return String.valueOf(i + 1);
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static LocalDate date(int year, String month, String day) {
        try {
            return LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static void add(List<Found> found, LocalDate date, Matcher m) {
        if (date != null) {
            found.add(new Found(date, m.start(), m.end()));
        }
    }
}
