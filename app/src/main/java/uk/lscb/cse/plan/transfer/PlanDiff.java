package uk.lscb.cse.plan.transfer;

import java.util.List;

/**
 * What a new version of a plan changes, action by action, old → new: the answer to a revision,
 * applied or not ({@code dryRun}). An action can be both renumbered and reworded; {@code similarity}
 * is how alike the old and new wording are (see {@link Similarity}), for the board manager to check
 * the matches made by wording rather than by ref.
 */
public record PlanDiff(long planId, int version, boolean dryRun, String reason, Counts counts, List<Added> added,
                       List<Removed> removed, List<Change> reworded, List<Change> retimescaled, List<Change> reled,
                       List<Change> reprioritised, List<Renumbered> renumbered, List<String> unchanged,
                       List<String> notes) {

    public record Counts(int added, int removed, int reworded, int retimescaled, int reled, int reprioritised,
                         int renumbered, int unchanged) {
    }

    public record Added(String ref, String text, String theme) {
    }

    public record Removed(String ref, String text, String rag) {
    }

    /** {@code ref} as in the new version; {@code similarity} for rewordings only. */
    public record Change(String ref, String from, String to, Double similarity) {
    }

    /** Matched by wording under a new ref, with how alike the wording is. */
    public record Renumbered(String from, String to, double similarity, String text) {
    }
}
