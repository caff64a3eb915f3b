package uk.lscb.cse.plan;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Progress notes are about the plan, never about children. Refuses a note that looks like it
 * identifies a child or victim. Deliberately cautious: a refused note can be reworded, a
 * child's details in a channel cannot be taken back.
 */
public final class SafeguardingGuard {
    private static final Pattern DOB_WORDS = Pattern.compile(
            "\\b(d\\.?\\s?o\\.?\\s?b\\.?|date\\s+of\\s+birth|born\\s+on|born\\s+in|birth\\s?date|birthday)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NHS_NUMBER = Pattern.compile("(?<!\\d)(\\d{3})[ -]?(\\d{3})[ -]?(\\d{4})(?!\\d)");
    private static final Pattern POSTCODE = Pattern.compile(
            "\\b([A-Z]{1,2}\\d[A-Z\\d]?)\\s*(\\d[A-Z]{2})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern HOUSE_NUMBER = Pattern.compile("(?<![\\d/.-])\\d{1,4}[A-Za-z]?(?![\\d/.-])");
    private static final Pattern DAY_DATE = Pattern.compile(
            "\\b(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})\\b"
                    + "|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?,?\\s+(\\d{4})\\b",
            Pattern.CASE_INSENSITIVE);
    // A capitalised word, McDonald, O'Neil and Brown-Jones included.
    private static final String NAME_WORD = "(?:[A-Z][a-z]{0,2}['’]?)?[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?";
    private static final Pattern NAME = Pattern.compile("\\b" + NAME_WORD + "\\s+" + NAME_WORD + "\\b");
    private static final int NEAR = 40;
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    private SafeguardingGuard() {
    }

    /** Why the note may identify a child (for the person, without repeating the note), or empty if it looks fine. */
    public static Optional<String> concern(String note, LocalDate today) {
        if (note == null || note.isBlank()) {
            return Optional.empty();
        }
        if (DOB_WORDS.matcher(note).find()) {
            return Optional.of("it mentions a date of birth");
        }
        Matcher nhs = NHS_NUMBER.matcher(note);
        while (nhs.find()) {
            if (validNhsNumber(nhs.group(1) + nhs.group(2) + nhs.group(3))) {
                return Optional.of("it contains what looks like an NHS number");
            }
        }
        Matcher postcode = POSTCODE.matcher(note);
        while (postcode.find()) {
            String before = note.substring(Math.max(0, postcode.start() - 60), postcode.start());
            if (HOUSE_NUMBER.matcher(before).find()) {
                return Optional.of("it contains what looks like a home address (a house number and a full postcode)");
            }
        }
        Matcher date = DAY_DATE.matcher(note);
        while (date.find()) {
            LocalDate found = date(date, today);
            // A child's date of birth lies 0-18 years back (allow 25 for care leavers); plan dates are recent or future.
            if (found != null && found.isBefore(today.minusYears(2)) && found.isAfter(today.minusYears(26))
                    && NAME.matcher(note.substring(Math.max(0, date.start() - NEAR), Math.min(note.length(), date.end() + NEAR))).find()) {
                return Optional.of("it has a name next to what looks like a date of birth");
            }
        }
        return Optional.empty();
    }

    /** NHS numbers carry a modulus 11 check digit (weights 10..2 over the first nine digits). */
    static boolean validNhsNumber(String digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }

    private static LocalDate date(Matcher m, LocalDate today) {
        try {
            if (m.group(1) != null) {
                int year = Integer.parseInt(m.group(3));
                if (m.group(3).length() == 2) {
                    // "14/02/98": the century that puts it in the past, as a date of birth is.
                    year += 2000 + year > today.getYear() ? 1900 : 2000;
                }
                return LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
            String month = m.group(5).toLowerCase();
            for (int i = 0; i < MONTHS.length; i++) {
                if (MONTHS[i].equals(month)) {
                    return LocalDate.of(Integer.parseInt(m.group(6)), i + 1, Integer.parseInt(m.group(4)));
                }
            }
            return null;
        } catch (DateTimeException e) {
            return null;
        }
    }
}
