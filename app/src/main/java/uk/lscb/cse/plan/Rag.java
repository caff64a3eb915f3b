package uk.lscb.cse.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** An action's RAG rating. Declared from worst to best: a split rating reads as the worse one. */
public enum Rag {
    RED, AMBER, GREEN, COMPLETE, NOT_STARTED;

    /**
     * Reads the wording boards actually use: "G", "A", "G /A", "Gree", "Ambe", "GREEN",
     * "Green Green", "Complete", "Completed", "Blue". Blank means not started.
     */
    /** A count of zero for every RAG, in RAG order, to count into. */
    public static Map<Rag, Integer> zeroCounts() {
        Map<Rag, Integer> counts = new EnumMap<>(Rag.class);
        for (Rag rag : values()) {
            counts.put(rag, 0);
        }
        return counts;
    }

    public static Optional<Rag> read(String wording) {
        if (wording == null || wording.isBlank()) {
            return Optional.of(NOT_STARTED);
        }
        // PDF extraction renders a capital A as the Greek capital alpha.
        String cleaned = wording.replace('\u0391', 'A').trim().toUpperCase(Locale.ROOT);
        if (cleaned.matches("NOT[ _-]?STARTED")) {
            return Optional.of(NOT_STARTED);
        }
        List<String> tokens = Arrays.stream(cleaned.split("[\\s/,;&+]+|-|\\bAND\\b|\\bTO\\b"))
                .filter(t -> !t.isBlank())
                .toList();
        Rag worst = null;
        for (String token : tokens) {
            Optional<Rag> rag = token(token);
            if (rag.isEmpty()) {
                return Optional.empty();
            }
            if (worst == null || rag.get().ordinal() < worst.ordinal()) {
                worst = rag.get();
            }
        }
        return Optional.ofNullable(worst);
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
                || prefixOf(token, "COMPLETE") || token.equals("COMPLETED") || token.equals("DONE")) {
            return Optional.of(COMPLETE);
        }
        return Optional.empty();
    }

    // Cells cut short by the table layout ("Gree", "Ambe") still say what they mean.
    private static boolean prefixOf(String token, String word) {
        return token.length() >= 3 && word.startsWith(token);
    }

    public String label() {
        return this == NOT_STARTED ? "Not started" : name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
