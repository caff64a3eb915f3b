package uk.lscb.cse.people;

import uk.lscb.cse.board.Board;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person being erased from a board: who (until the end of the erasing transaction), the
 * pseudonym that replaces them everywhere, and what each feature changed.
 */
public final class Erasure {
    private static final String PSEUDONYM = "former ";
    private final Board board;
    private final Person person;
    private final String pseudonym;
    private final Pattern mention;
    private final Map<String, Integer> changed = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    public Erasure(Board board, Person person) {
        this.board = board;
        this.person = person;
        this.pseudonym = pseudonym(person);
        // Whole words only: "Pat Lee" goes, "Pat Leeson" and "Pat Lee-Smith" stay; the email before the
        // name, as it may contain it.
        this.mention = Pattern.compile("(?<![\\p{L}\\p{N}]|\\p{L}-)(?:" + Pattern.quote(person.email())
                + (person.name() == null || person.name().isBlank() ? "" : "|" + Pattern.quote(person.name().strip()))
                + ")(?![\\p{L}\\p{N}]|-\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * "former lead #12": the same for a person wherever they appeared, so a history still reads as
     * one person's; the number is their old person id, which nothing outside the service knows.
     */
    static String pseudonym(Person person) {
        return PSEUDONYM + person.role().name().toLowerCase(Locale.ROOT) + " #" + person.id();
    }

    /** Whether an author or recipient is an erased person's pseudonym (rather than an email). */
    public static boolean isPseudonym(String who) {
        return who != null && who.startsWith(PSEUDONYM);
    }

    public Board board() {
        return board;
    }

    public Person person() {
        return person;
    }

    public String pseudonym() {
        return pseudonym;
    }

    /** What identifies the person in free text: their email and their name (for LIKE pre-filters). */
    public List<String> mentions() {
        return person.name() == null || person.name().isBlank() ? List.of(person.email())
                : List.of(person.email(), person.name().strip());
    }

    /** The text with every mention of the person (email or full name, any case) replaced by the pseudonym. */
    public String scrub(String text) {
        return text == null ? null : mention.matcher(text).replaceAll(Matcher.quoteReplacement(pseudonym));
    }

    /** Records what a feature changed, by a name the API answer shows ("progressUpdates"). */
    public void changed(String what, int count) {
        changed.merge(what, count, Integer::sum);
    }

    /** Something the board manager should know, e.g. an action left with no lead. */
    public void note(String note) {
        notes.add(note);
    }

    public Map<String, Integer> changes() {
        return Map.copyOf(changed);
    }

    public List<String> notes() {
        return List.copyOf(notes);
    }
}
