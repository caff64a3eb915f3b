package uk.lscb.cse.plan.transfer;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How alike two action texts are, in a way a board manager can check by hand: the Dice coefficient
 * of their word sets (twice the shared words over the words of both), after lower-casing, dropping
 * accents, punctuation and little words ("the", "of", "to"…), and a plural "s". 1 is the same
 * words, 0 none in common.
 */
final class Similarity {
    private static final Set<String> LITTLE_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "by", "for",
            "from", "in", "into", "is", "it", "of", "on", "or", "our", "that", "the", "their", "this", "to", "we",
            "will", "with", "all");

    private Similarity() {
    }

    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        if (text == null) {
            return words;
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        for (String word : plain.split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty() || LITTLE_WORDS.contains(word)) {
                continue;
            }
            words.add(word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word);
        }
        return words;
    }

    static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int shared = 0;
        for (String word : a.size() <= b.size() ? a : b) {
            if ((a.size() <= b.size() ? b : a).contains(word)) {
                shared++;
            }
        }
        return 2.0 * shared / (a.size() + b.size());
    }

    /** Rounded for people: 0.83, not 0.8333333. */
    static double rounded(double score) {
        return Math.round(score * 100) / 100.0;
    }
}
