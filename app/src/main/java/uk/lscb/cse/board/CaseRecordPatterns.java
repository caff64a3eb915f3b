package uk.lscb.cse.board;

import uk.lscb.cse.Invalid;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A board's own case-record number formats (its children's social care system's, e.g. LCS######),
 * so the safeguarding guard refuses a note that quotes one. Written as a template rather than a
 * regular expression: {@code #} is a digit, letters and digits stand for themselves in either case,
 * and a space, dash, slash, dot or underscore, or the step from letters to digits, may be typed as
 * any of those or left out ("LCS######" matches "lcs-123456"). A template has no repetition, so
 * matching a note against it stays linear, whatever an administrator types.
 */
public record CaseRecordPatterns(List<String> templates) {
    static final int MAX_TEMPLATES = 10;
    static final int MAX_LENGTH = 40;
    private static final String SEPARATORS = " -/._";
    private static final String GAP = "[ ./_-]?";
    private static final Pattern TEMPLATE = Pattern.compile("[A-Za-z0-9#" + Pattern.quote(SEPARATORS) + "]+");

    public static final CaseRecordPatterns NONE = new CaseRecordPatterns(List.of());

    /** From the board's setting: templates separated by commas; null or blank is none. */
    public static CaseRecordPatterns parse(String setting) {
        if (setting == null || setting.isBlank()) {
            return NONE;
        }
        List<String> templates = new ArrayList<>();
        for (String part : setting.split(",")) {
            String template = part.strip();
            if (template.isEmpty()) {
                continue;
            }
            long digits = template.chars().filter(c -> c == '#').count();
            // Four digits alone would be every year in every note: a pattern of digits only needs six.
            boolean letters = template.chars().anyMatch(Character::isLetter);
            if (template.length() > MAX_LENGTH || !TEMPLATE.matcher(template).matches() || digits < (letters ? 4 : 6)) {
                throw new Invalid("caseRecordPatterns: '" + template + "' is not a case-record number pattern; write # for"
                        + " each digit and the letters as they are, e.g. \"LCS######\" or \"CP/####/####\" (at least four #,"
                        + " six if there are no letters; up to " + MAX_LENGTH + " characters of letters, digits, #, space, - / . _)");
            }
            templates.add(template);
        }
        if (templates.size() > MAX_TEMPLATES) {
            throw new Invalid("caseRecordPatterns: give at most " + MAX_TEMPLATES + " patterns, separated by commas");
        }
        return new CaseRecordPatterns(List.copyOf(templates));
    }

    /** The setting as stored: the templates joined by ", "; null when there are none. */
    public String setting() {
        return templates.isEmpty() ? null : String.join(", ", templates);
    }

    /** One pattern per template, to find in a normalised note. */
    public List<Pattern> patterns() {
        return templates.stream().map(CaseRecordPatterns::compile).toList();
    }

    private static Pattern compile(String template) {
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
        char previous = 0;
        for (char c : template.toCharArray()) {
            if (SEPARATORS.indexOf(c) >= 0) {
                if (SEPARATORS.indexOf(previous) < 0) {
                    regex.append(GAP);
                }
            } else {
                if (previous != 0 && SEPARATORS.indexOf(previous) < 0 && Character.isLetter(c) != Character.isLetter(previous)) {
                    regex.append(GAP);
                }
                regex.append(c == '#' ? "\\d" : Character.isLetter(c)
                        ? "[" + Character.toLowerCase(c) + Character.toUpperCase(c) + "]" : String.valueOf(c));
            }
            previous = c;
        }
        return Pattern.compile(regex.append("(?![\\p{L}\\p{N}])").toString());
    }
}
