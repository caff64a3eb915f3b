package uk.lscb.cse.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An action's RAG rating. Declared from worst to best: a split rating reads as the worse one.
 * NOT_RATED is a blank RAG cell: the plan has not rated the action yet (rows with substantial
 * evidence are often left blank), which is not the same as saying it has not started.
 */
public enum Rag {
    RED, AMBER, GREEN, COMPLETE, NOT_STARTED, NOT_RATED;

    // The words that say an action is finished, in a RAG cell or opening its progress text.
    private static final Pattern DONE_OPENING = Pattern.compile(
            "^\\W*(complete|completed|achieved|done)\\b(?!\\s*\\?)", Pattern.CASE_INSENSITIVE);

    /** A count of zero for every RAG, in RAG order, to count into. */
    public static Map<Rag, Integer> zeroCounts() {
        Map<Rag, Integer> counts = new EnumMap<>(Rag.class);
        for (Rag rag : values()) {
            counts.put(rag, 0);
        }
        return counts;
    }

    /**
     * Reads the wording boards actually use: "G", "A", "G /A", "Gree", "Ambe", "GREEN",
     * "Green Green", "Complete", "Completed", "Achieved", "Blue" (BRAG plans). Blank is not rated.
     * Greek and Cyrillic look-alike letters (text pasted from a PDF) read as the Latin ones.
     */
    public static Optional<Rag> read(String wording) {
        if (wording == null || wording.isBlank()) {
            return Optional.of(NOT_RATED);
        }
        String cleaned = Homoglyphs.latin(wording).trim().toUpperCase(Locale.ROOT);
        if (cleaned.matches("NOT[ _-]?STARTED")) {
            return Optional.of(NOT_STARTED);
        }
        if (cleaned.matches("NOT[ _-]?RATED")) {
            return Optional.of(NOT_RATED);
        }
        List<String> tokens = Arrays.stream(cleaned.split("[\\s/,;&+]+|-|\\bAND\\b|\\bTO\\b"))
                .filter(t -> !t.isBlank())
                .toList();
        Rag worst = null;
        boolean done = false;
        for (String token : tokens) {
            Optional<Rag> rag = token(token);
            if (rag.isEmpty()) {
                return Optional.empty();
            }
            done |= rag.get() == COMPLETE;
            if (worst == null || rag.get().ordinal() < worst.ordinal()) {
                worst = rag.get();
            }
        }
        // "GREEN Complete": a green cell that says it is finished is done; "A / Complete" stays amber.
        return Optional.ofNullable(done && worst == GREEN ? COMPLETE : worst);
    }

    /**
     * An imported action's RAG from its RAG cell and its progress text: a progress text opening with
     * "Complete", "Completed", "Achieved" or "Done" marks a green or unrated action as complete (boards
     * write "Completed" in the progress column and leave the cell green), so it is not chased again.
     * A cell saying Amber or Red is the board's own word and stands.
     */
    public static Optional<Rag> imported(String cell, String progress) {
        Optional<Rag> rag = read(cell);
        boolean saysDone = progress != null && DONE_OPENING.matcher(Homoglyphs.latin(progress).strip()).find();
        return rag.map(r -> saysDone && (r == GREEN || r == NOT_RATED) ? COMPLETE : r);
    }

    private static Optional<Rag> token(String token) {
        if (token.equals("R") || prefixOf(token, "RED")) {
            return Optional.of(RED);
        }
        if (token.equals("A") || prefixOf(token, "AMBER")) {
            return Optional.of(AMBER);
        }
        if (token.equals("G") || prefixOf(token, "GREEN")) {
            return Optional.of(GREEN);
        }
        if (token.equals("B") || token.equals("C") || prefixOf(token, "BLUE")
                || prefixOf(token, "COMPLETE") || token.equals("COMPLETED") || token.equals("DONE")
                || token.equals("ACHIEVED")) {
            return Optional.of(COMPLETE);
        }
        return Optional.empty();
    }

    // Cells cut short by the table layout ("Gree", "Ambe") still say what they mean.
    private static boolean prefixOf(String token, String word) {
        return token.length() >= 3 && word.startsWith(token);
    }

    public String label() {
        return switch (this) {
            case NOT_STARTED -> "Not started";
            case NOT_RATED -> "Not rated";
            default -> name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
        };
    }
}
