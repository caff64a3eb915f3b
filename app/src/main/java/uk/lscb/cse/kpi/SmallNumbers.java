package uk.lscb.cse.kpi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Statistical disclosure control for anything others can see (a channel, the digest, a shared card):
 * a count from 1 to {@code threshold} - 1 shows as "fewer than 5", and a figure that would give a
 * suppressed one away is suppressed as well. The figures at risk are a total shown next to its parts
 * (total minus the others is the hidden part) and a RAG against target (green below a target of 3
 * says how small). Only counts are suppressed: decimals and percentages are not counts of children.
 * Exact values go only to the owner and the coordinators, privately, and to the restricted board report.
 */
public record SmallNumbers(int threshold) {
    public static final int DEFAULT_THRESHOLD = 5;
    /** What a figure withheld because it would reveal a small one reads as. */
    public static final String WITHHELD = "not shown (would reveal a small number)";

    public SmallNumbers {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold " + threshold);
        }
    }

    /** A figure as it may be shown: its words, and whether it is the exact value. */
    public record Shown(String text, boolean exact) {
    }

    /** "fewer than 5" for a small count, else the value. */
    public Shown one(BigDecimal value, ValueKind kind) {
        return small(value, kind) ? new Shown("fewer than " + threshold, false) : new Shown(kind.format(value), true);
    }

    /**
     * A total shown with its parts (a measure split by agency): each part by {@link #one}; the total is
     * withheld when any part is suppressed, since total minus the parts shown would give it away. A total
     * that is itself small is suppressed too. Returns the total first, then the parts in order.
     */
    public List<Shown> totalAndParts(BigDecimal total, List<BigDecimal> parts, ValueKind kind) {
        List<Shown> shown = new ArrayList<>();
        boolean partHidden = false;
        for (BigDecimal part : parts) {
            Shown s = one(part, kind);
            partHidden |= !s.exact();
            shown.add(s);
        }
        shown.add(0, partHidden ? new Shown(WITHHELD, false) : one(total, kind));
        return shown;
    }

    /** Whether a RAG against target may be shown next to this value: not when the value is suppressed. */
    public boolean ragShown(BigDecimal value, ValueKind kind) {
        return !small(value, kind);
    }

    private boolean small(BigDecimal value, ValueKind kind) {
        return kind == ValueKind.COUNT && value.signum() > 0 && value.compareTo(BigDecimal.valueOf(threshold)) < 0;
    }
}
