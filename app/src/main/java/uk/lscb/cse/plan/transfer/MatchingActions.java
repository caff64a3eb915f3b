package uk.lscb.cse.plan.transfer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Pairs the actions of a plan with those of its new version, one to one. The board's ref is its
 * name for an action, so the same ref with the same words is the same action; but boards renumber,
 * so words win over refs: each remaining pair is scored by {@link Similarity} (plus
 * {@value #REF_BONUS} when the ref is the same, {@value #THEME_BONUS} when the theme is) and the
 * best-scoring pairs are taken first. A pair under another ref needs a similarity of at least
 * {@value #TEXT_THRESHOLD}; under the same ref, {@value #REF_FLOOR} (a reworded action still shares
 * some words). What is left is removed or added.
 */
final class MatchingActions {
    static final double TEXT_THRESHOLD = 0.5;
    static final double REF_FLOOR = 0.1;
    static final double REF_BONUS = 0.25;
    static final double THEME_BONUS = 0.05;

    /** An action on either side: its ref, words and theme. */
    record Side(String ref, String text, String theme) {
    }

    /** {@code before} and {@code after} index the two lists; {@code byRef} when the ref is unchanged. */
    record Match(int before, int after, double similarity, boolean byRef) {
    }

    record Result(List<Match> matches, List<Integer> removed, List<Integer> added) {
    }

    private MatchingActions() {
    }

    static Result match(List<Side> before, List<Side> after) {
        List<Set<String>> oldWords = before.stream().map(s -> Similarity.words(s.text())).toList();
        List<Set<String>> newWords = after.stream().map(s -> Similarity.words(s.text())).toList();
        int[] taken = new int[after.size()];
        java.util.Arrays.fill(taken, -1);
        boolean[] matched = new boolean[before.size()];
        List<Match> matches = new ArrayList<>();
        // The common case first, in one pass: most actions keep their ref and their words.
        Map<String, Integer> newByRef = new HashMap<>();
        for (int n = 0; n < after.size(); n++) {
            newByRef.put(ref(after.get(n)), n);
        }
        for (int o = 0; o < before.size(); o++) {
            Integer n = newByRef.get(ref(before.get(o)));
            if (n != null && taken[n] < 0 && oldWords.get(o).equals(newWords.get(n))) {
                take(matches, matched, taken, new Match(o, n, 1, true));
            }
        }
        // Renumbered without a word changed.
        Map<Set<String>, List<Integer>> newByWords = new HashMap<>();
        for (int n = 0; n < after.size(); n++) {
            if (taken[n] < 0 && !newWords.get(n).isEmpty()) {
                newByWords.computeIfAbsent(new TreeSet<>(newWords.get(n)), k -> new ArrayList<>()).add(n);
            }
        }
        for (int o = 0; o < before.size(); o++) {
            List<Integer> same = matched[o] ? null : newByWords.get(new TreeSet<>(oldWords.get(o)));
            if (same != null && !same.isEmpty()) {
                take(matches, matched, taken, new Match(o, same.remove(0), 1, false));
            }
        }
        // The rest: every eligible pair, best first.
        record Pair(Match match, double score) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int o = 0; o < before.size(); o++) {
            if (matched[o]) {
                continue;
            }
            for (int n = 0; n < after.size(); n++) {
                if (taken[n] >= 0) {
                    continue;
                }
                boolean sameRef = ref(before.get(o)).equals(ref(after.get(n)));
                double similarity = Similarity.dice(oldWords.get(o), newWords.get(n));
                if (similarity >= (sameRef ? REF_FLOOR : TEXT_THRESHOLD)) {
                    boolean sameTheme = theme(before.get(o)).equals(theme(after.get(n)));
                    pairs.add(new Pair(new Match(o, n, Similarity.rounded(similarity), sameRef),
                            similarity + (sameRef ? REF_BONUS : 0) + (sameTheme ? THEME_BONUS : 0)));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::score).reversed()
                .thenComparingInt(p -> p.match().before()).thenComparingInt(p -> p.match().after()));
        for (Pair pair : pairs) {
            if (!matched[pair.match().before()] && taken[pair.match().after()] < 0) {
                take(matches, matched, taken, pair.match());
            }
        }
        List<Integer> removed = new ArrayList<>();
        for (int o = 0; o < before.size(); o++) {
            if (!matched[o]) {
                removed.add(o);
            }
        }
        List<Integer> added = new ArrayList<>();
        for (int n = 0; n < after.size(); n++) {
            if (taken[n] < 0) {
                added.add(n);
            }
        }
        matches.sort(Comparator.comparingInt(Match::after));
        return new Result(matches, removed, added);
    }

    private static void take(List<Match> matches, boolean[] matched, int[] taken, Match match) {
        matches.add(match);
        matched[match.before()] = true;
        taken[match.after()] = match.before();
    }

    private static String ref(Side side) {
        return side.ref() == null ? "" : side.ref().strip().toLowerCase(Locale.ROOT);
    }

    private static String theme(Side side) {
        return side.theme() == null ? "" : side.theme().strip().toLowerCase(Locale.ROOT);
    }
}
