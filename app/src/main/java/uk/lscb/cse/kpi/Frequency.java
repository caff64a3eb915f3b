package uk.lscb.cse.kpi;

import java.util.Locale;
import java.util.Optional;

/** How often a measure is counted; {@code months} per period. */
public enum Frequency {
    MONTHLY(1), QUARTERLY(3), SIX_MONTHLY(6), ANNUAL(12);

    public final int months;

    Frequency(int months) {
        this.months = months;
    }

    /** As plans write it: monthly, quarterly, half-yearly / six-monthly / twice yearly, annual / yearly. */
    public static Optional<Frequency> read(String wording) {
        if (wording == null) {
            return Optional.empty();
        }
        return switch (wording.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-')) {
            case "monthly", "month" -> Optional.of(MONTHLY);
            case "quarterly", "quarter" -> Optional.of(QUARTERLY);
            case "six-monthly", "half-yearly", "twice-yearly", "biannual", "6-monthly" -> Optional.of(SIX_MONTHLY);
            case "annual", "annually", "yearly", "year" -> Optional.of(ANNUAL);
            default -> Optional.empty();
        };
    }

    /** The file wording: monthly, quarterly, half-yearly, annual. */
    public String wording() {
        return switch (this) {
            case MONTHLY -> "monthly";
            case QUARTERLY -> "quarterly";
            case SIX_MONTHLY -> "half-yearly";
            case ANNUAL -> "annual";
        };
    }
}
