package uk.lscb.cse.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Progress notes are about the plan, never about children. Refuses a note that looks like it
 * identifies a child or victim, and says which kind of detail it found, never the detail.
 * Deliberately cautious: a refused note can be reworded, a child's details in a channel cannot be
 * taken back. The note is normalised first ({@link NoteText}), so a full-width digit, a doubled
 * or zero-width space or an accent does not slip a detail past a pattern.
 */
public final class SafeguardingGuard {
    private static final String NAME = "(?<name>" + Names.CANDIDATE + ")";
    private static final Pattern DOB_WORDS = Pattern.compile(
            "(?i)\\b(?:d\\.? ?o\\.? ?b\\b|date of birth|birth ?date|birthday|year of birth|born on\\b"
                    + "|born (?:in )?(?:the )?(?:'?\\d|" + NoteDates.MONTH + "\\b))");
    private static final Pattern NHS_NUMBER = Pattern.compile("(?<!\\d[ .-]?)(\\d{3})[ .-]?(\\d{3})[ .-]?(\\d{4})(?![ .-]?\\d)");
    // "NHS no: 123 456 7890" is an NHS number whatever its check digit says.
    private static final Pattern LABELLED_NHS_NUMBER = Pattern.compile("(?i)\\bnhs\\b\\D{0,15}?\\d(?:[ .-]?\\d){9}(?![ .-]?\\d)");
    private static final Pattern POSTCODE = Pattern.compile(
            "\\b(?:[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[ABD-HJLNP-UW-Z]{2}|[a-z]{1,2}\\d[a-z\\d]? ?\\d[abd-hjlnp-uw-z]{2})\\b");
    private static final String STREET = "(?i:street|st|road|rd|avenue|ave|lane|ln|close|drive|dr|court|ct|crescent|cres|way"
            + "|grove|place|pl|terrace|gardens|gdns|walk|mews|square|sq|hill|row|park|view|green|rise|parade|vale|fold|brow"
            + "|croft|meadows?|wharf)\\b";
    private static final Pattern HOUSE = Pattern.compile("\\b(?i:flat|apartment|apt|unit)\\.? ?\\d{1,4}[A-Za-z]?\\b"
            + "|(?<![\\d/.-])\\b\\d{1,4}[A-Za-z]?,? (?:\\p{Lu}[\\p{L}'-]* ){0,3}" + STREET);
    // After "lives at" a street may be typed in lower case.
    private static final Pattern ANY_CASE_HOUSE = Pattern.compile("\\b\\d{1,4}[A-Za-z]?,? (?:[\\p{L}'-]+ ){0,3}" + STREET);
    private static final Pattern RESIDENCE = Pattern.compile("(?i)\\b(?:lives?|living|resides?|residing|residence"
            + "|stay(?:s|ing)?|home address|address(?:es)?|placed|placement|lodg(?:es?|ing))\\b");
    private static final String AGED = "(?i:aged?):? ?(?<a>\\d{1,2})(?!\\d)(?! ?(?:-|to|and|or|/) ?\\d)(?!\\+)";
    private static final String AGE_MARK = "(?i:yo|y/o|y\\.o\\.?|yrs?(?: old)?|years? old|-years?-old|-yrs?-old|year-old)(?![\\p{L}])";
    private static final Pattern NAME_THEN_AGE = Pattern.compile(NAME + " ?[,(:-]? ?(?:(?i:who is|is|was|a) )?(?:" + AGED
            + "|(?<b>\\d{1,2}) ?" + AGE_MARK + ")|" + NAME.replace("<name>", "<named>")
            + ",? (?i:who is|is now|turned) (?<c>\\d{1,2})(?= ?[,;)]|\\.(?!\\d)|$| (?i:and|in|at|from)\\b)");
    private static final Pattern AGE_THEN_NAME = Pattern.compile("(?<![\\d.])(?<a>\\d{1,2}) ?" + AGE_MARK
            + "[,:-]? ?(?:(?i:girl|boy|child|female|male|young person|pupil|student),? )?" + NAME);
    // "Jane Smith, 14, from ..." and "Jane Smith (14)": no age word, so only after a full name.
    private static final Pattern NAME_THEN_NUMBER = Pattern.compile(NAME + "(?:, ?(?<a>\\d{1,2})(?= ?[,;)]|\\.(?!\\d)|$"
            + "| (?i:from|of|who|lives|living|was|is|has|had|missing|seen|disclosed|referred|and (?:her|his))\\b)"
            + "| ?\\( ?(?<b>\\d{1,2}) ?\\))");
    private static final String YEAR = "(?i:year|yr|y) ?(?<y>\\d{1,2})(?!\\d)";
    // "Year 9 assemblies", "Year 9 lead", "Year 10 and 11": a year group of the plan's work, not a child's.
    private static final String NOT_A_CHILD = "(?! ?(?i:assembl|session|class|lesson|pupils|students|cohort|group|team|lead"
            + "|head|tutor|teacher|workshop|curriculum|programme|girls|boys|children|parents|staff|and\\b|&|/|-|to\\b|or\\b"
            + "|,? ?\\d))";
    private static final Pattern NAME_THEN_YEAR = Pattern.compile(NAME + " ?[,(:-]? ?(?:(?i:who is in|is in|in|a) )?" + YEAR
            + NOT_A_CHILD);
    private static final Pattern YEAR_THEN_NAME = Pattern.compile("\\b" + YEAR + " (?i:pupil|student|girl|boy|child|learner),? " + NAME);
    // A date of birth sits right beside the name ("Smith, Jane 03/04/2012", "03/04/2009 - Jane Smith");
    // a plan's dates are introduced ("signed by Jane Smith on 01/02/2013").
    private static final Pattern NAME_BEFORE = Pattern.compile(NAME + "[ ,(:-]*$");
    private static final Pattern NAME_AFTER = Pattern.compile("^[ ,):-]*" + NAME);
    private static final int NEAR = 40;
    private static final int OLDEST_AGE = 25;

    private final LocalDate today;
    private final List<Pattern> caseRecords;

    private SafeguardingGuard(LocalDate today, List<Pattern> caseRecords) {
        this.today = today;
        this.caseRecords = caseRecords;
    }

    /** A guard for notes written on {@code today} (dates of birth are judged against it). */
    public static SafeguardingGuard on(LocalDate today) {
        return new SafeguardingGuard(today, List.of());
    }

    /** The same guard, also refusing the board's own case-record numbers. */
    public SafeguardingGuard withCaseRecords(List<Pattern> patterns) {
        return new SafeguardingGuard(today, List.copyOf(patterns));
    }

    /** The kind of identifying detail the note seems to hold, or empty if it reads as a note about the plan. */
    public Optional<Identifying> check(String note) {
        if (note == null || note.isBlank()) {
            return Optional.empty();
        }
        String text = NoteText.normalise(note);
        if (caseRecords.stream().anyMatch(p -> p.matcher(text).find())) {
            return Optional.of(Identifying.CASE_RECORD);
        }
        if (LABELLED_NHS_NUMBER.matcher(text).find() || any(NHS_NUMBER, text, m -> validNhsNumber(m.group(1) + m.group(2) + m.group(3)))) {
            return Optional.of(Identifying.NHS_NUMBER);
        }
        if (DOB_WORDS.matcher(text).find()) {
            return Optional.of(Identifying.DATE_OF_BIRTH);
        }
        if (homeAddress(text)) {
            return Optional.of(Identifying.HOME_ADDRESS);
        }
        if (namedDateOfBirth(text)) {
            return Optional.of(Identifying.NAME_WITH_DATE_OF_BIRTH);
        }
        if (any(NAME_THEN_AGE, text, m -> child(age(m)) && Names.endsWithName(name(m), m.group("c") == null ? 1 : 2))
                || any(AGE_THEN_NAME, text, m -> child(age(m)) && Names.startsWithName(m.group("name"), 1))
                || any(NAME_THEN_NUMBER, text, m -> child(age(m)) && Names.endsWithName(m.group("name"), 2))) {
            return Optional.of(Identifying.AGE_WITH_NAME);
        }
        if (any(NAME_THEN_YEAR, text, m -> schoolYear(m) && Names.endsWithName(m.group("name"), 2))
                || any(YEAR_THEN_NAME, text, m -> schoolYear(m) && Names.startsWithName(m.group("name"), 1))) {
            return Optional.of(Identifying.YEAR_GROUP_WITH_NAME);
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

    // A house number and street, or a flat, with a full postcode; or either after "lives at", "staying with", "placed".
    private static boolean homeAddress(String text) {
        Matcher postcode = POSTCODE.matcher(text);
        while (postcode.find()) {
            if (HOUSE.matcher(text.substring(Math.max(0, postcode.start() - 60), postcode.start())).find()) {
                return true;
            }
        }
        Matcher residence = RESIDENCE.matcher(text);
        while (residence.find()) {
            String after = text.substring(residence.end(), Math.min(text.length(), residence.end() + 60));
            if (POSTCODE.matcher(after).find() || HOUSE.matcher(after).find() || ANY_CASE_HOUSE.matcher(after).find()) {
                return true;
            }
        }
        return false;
    }

    // A child's date of birth lies 2-26 years back (up to 25 for care leavers); a plan's dates are recent or ahead.
    private boolean namedDateOfBirth(String text) {
        for (NoteDates.Found found : NoteDates.in(text, today)) {
            if (found.date().isBefore(today.minusYears(2)) && found.date().isAfter(today.minusYears(OLDEST_AGE + 1))) {
                Matcher before = NAME_BEFORE.matcher(text.substring(Math.max(0, found.start() - NEAR), found.start()));
                Matcher after = NAME_AFTER.matcher(text.substring(found.end(), Math.min(text.length(), found.end() + NEAR)));
                if (before.find() && Names.endsWithName(before.group("name"), 2)
                        || after.find() && Names.startsWithName(after.group("name"), 2)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean any(Pattern pattern, String text, Predicate<Matcher> counts) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (counts.test(m)) {
                return true;
            }
        }
        return false;
    }

    // Each pattern fills one of its age groups; a group is only asked for once the ones before it are empty.
    private static int age(Matcher m) {
        return Integer.parseInt(m.group("a") != null ? m.group("a") : m.group("b") != null ? m.group("b") : m.group("c"));
    }

    private static String name(Matcher m) {
        return m.group("name") != null ? m.group("name") : m.group("named");
    }

    private static boolean child(int age) {
        return age <= OLDEST_AGE;
    }

    private static boolean schoolYear(Matcher m) {
        int year = Integer.parseInt(m.group("y"));
        return year >= 1 && year <= 13;
    }
}
