package uk.lscb.cse.kpi;

import java.util.Locale;
import java.util.Optional;

/** Whether a higher or a lower value is better (referrals up, children missing down). */
public enum Direction {
    HIGHER, LOWER;

    public static Optional<Direction> read(String wording) {
        if (wording == null) {
            return Optional.empty();
        }
        return switch (wording.strip().toLowerCase(Locale.ROOT)) {
            case "higher", "up", "increase", "higher is better" -> Optional.of(HIGHER);
            case "lower", "down", "decrease", "reduce", "lower is better" -> Optional.of(LOWER);
            default -> Optional.empty();
        };
    }
}
