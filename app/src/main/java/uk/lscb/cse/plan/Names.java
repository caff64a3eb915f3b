package uk.lscb.cse.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What looks like a person's name in a normalised note: capitalised words (McDonald, O'Neill,
 * Brown-Jones, DeSouza) or words in capitals (SMITH), with an initial and particles (van der),
 * or "Smith, Jane". Plan notes are full of capitalised words that are not names ("Keeping
 * Children Safe", "Operation Phoenix", "Team 3"), so a candidate only counts after the words
 * that are plainly not names are set aside; and a name alone is never refused, only a name
 * with a date of birth, an age or a year group beside it.
 */
final class Names {
    private static final String WORD = "(?:(?:\\p{Lu}\\p{Ll}{0,2}'?)?\\p{Lu}\\p{Ll}+(?:[-']\\p{Lu}\\p{Ll}+)?"
            + "|(?:\\p{Lu}{1,3}')?\\p{Lu}{2,}(?:-\\p{Lu}{2,})?)";
    private static final String PARTICLE = "(?:van|von|de|der|den|da|di|du|la|le|del|della|bin|binti|al|el|ter|ten)";
    /** One to four name words, possibly after an initial ("J Smith"); or surname first ("Smith, Jane"). */
    static final String CANDIDATE = "(?<![\\p{L}\\p{N}'])(?:" + WORD + ",\\s?" + WORD
            + "|(?:\\p{Lu}\\.?\\s)?" + WORD + "(?:\\s(?:" + PARTICLE + "\\s){0,2}" + WORD + "){0,3})(?![\\p{L}'])";
    private static final Pattern VOWEL = Pattern.compile("[AEIOUY]");

    // Words that start with a capital in plan notes without being anyone's name.
    private static final Set<String> NOT_NAMES = Set.of(
            "a", "an", "the", "this", "that", "these", "those", "all", "each", "every", "some", "any", "no", "our",
            "their", "his", "her", "its", "my", "we", "they", "she", "he", "it", "i", "you", "in", "on", "at", "by",
            "for", "from", "to", "of", "and", "or", "but", "with", "via", "per", "as", "if", "when", "since", "until",
            "after", "before", "during", "following", "met", "saw", "seen", "meeting", "spoke", "called", "visited",
            "referred", "attended", "delivered", "completed", "complete", "ongoing", "done", "closed", "update",
            "updated", "progress", "note", "notes", "current", "currently", "new", "next", "last", "first", "second",
            "mr", "mrs", "ms", "miss", "dr", "ps", "pc", "dc", "ds", "di", "dci", "dcs", "sgt", "insp", "cllr", "prof",
            "police", "health", "education", "council", "board", "boards", "team", "teams", "service", "services",
            "children", "childrens", "children's", "child", "young", "people", "person", "persons", "youth", "school",
            "schools", "academy", "college", "university", "hospital", "clinic", "trust", "group", "groups", "sub",
            "subgroup", "strategic", "operation", "operational", "project", "programme", "program", "phase", "stage",
            "step", "year", "years", "week", "month", "quarter", "term", "plan", "action", "actions", "strategy",
            "report", "review", "training", "session", "sessions", "assembly", "assemblies", "pupil", "pupils",
            "student", "students", "learner", "learners", "girl", "girls", "boy", "boys", "victim", "victims",
            "parent", "parents", "carers", "families", "family", "staff", "officer", "officers", "social", "care",
            "safe", "safeguarding", "protection", "prevention", "pursuit", "partnership", "partners", "agency",
            "agencies", "unit", "hub", "centre", "center", "house", "home", "street", "road", "county", "city",
            "borough", "district", "north", "south", "east", "west", "central", "greater", "multi", "local",
            "national", "regional", "england", "uk", "males", "females", "male", "female", "adults", "women", "men",
            "teenagers", "cohort", "cases", "referrals", "participants", "attendees", "siblings", "individuals",
            "cse", "nhs", "lscb", "mase", "camhs", "ceop", "mash", "csc", "yot", "yos", "gp", "gps", "cqc", "ofsted",
            "january", "february", "march", "april", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "dob", "aged", "age");

    private Names() {
    }

    /** Whether a name-like candidate ends in a name of at least {@code words} words (it sits just before what follows). */
    static boolean endsWithName(String candidate, int words) {
        List<String> run = nameWords(candidate);
        return surnameFirst(candidate) || trailing(run) >= words;
    }

    /** Whether a candidate starts with a name of at least {@code words} words (it sits just after what precedes). */
    static boolean startsWithName(String candidate, int words) {
        List<String> run = nameWords(candidate);
        return surnameFirst(candidate) || leading(run) >= words;
    }

    private static boolean surnameFirst(String candidate) {
        String[] parts = candidate.split(",\\s?");
        return parts.length == 2 && isName(parts[0]) && isName(parts[1]);
    }

    private static List<String> nameWords(String candidate) {
        List<String> words = new ArrayList<>();
        for (String word : candidate.split("[\\s,]+")) {
            if (!word.isEmpty() && !word.matches(PARTICLE)) {
                words.add(word);
            }
        }
        return words;
    }

    private static boolean isName(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace(".", "");
        if (NOT_NAMES.contains(lower) || word.length() == 1 && (lower.equals("a") || lower.equals("i"))) {
            return false;
        }
        // LSCB, NHS, CSC: capitals with no vowel are an acronym, not a surname.
        return !(word.equals(word.toUpperCase(Locale.ROOT)) && word.length() > 1 && !VOWEL.matcher(word).find());
    }

    private static int trailing(List<String> words) {
        int n = 0;
        for (int i = words.size() - 1; i >= 0 && isName(words.get(i)); i--) {
            n++;
        }
        return n;
    }

    private static int leading(List<String> words) {
        int n = 0;
        while (n < words.size() && isName(words.get(n))) {
            n++;
        }
        return n;
    }
}
