package uk.lscb.cse.kpi;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/** What a value is: a count (a whole number, subject to small-number suppression), a decimal, a percentage. */
public enum ValueKind {
    COUNT, DECIMAL, PERCENTAGE;

    public static Optional<ValueKind> read(String wording) {
        if (wording == null || wording.isBlank()) {
            return Optional.of(COUNT);
        }
        return switch (wording.strip().toLowerCase(Locale.ROOT)) {
            case "count", "number" -> Optional.of(COUNT);
            case "decimal" -> Optional.of(DECIMAL);
            case "percentage", "percent", "%" -> Optional.of(PERCENTAGE);
            default -> Optional.empty();
        };
    }

    /** Why {@code value} cannot be a value of this kind, or empty when it can. */
    public Optional<String> problem(BigDecimal value) {
        if (value.signum() < 0) {
            return Optional.of("a value cannot be negative");
        }
        if (this == COUNT && value.stripTrailingZeros().scale() > 0) {
            return Optional.of("this measure is a count: give a whole number");
        }
        if (this == PERCENTAGE && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            return Optional.of("this measure is a percentage: give a number from 0 to 100");
        }
        return Optional.empty();
    }

    /** How the value reads: 42, 3.5, 87.5%. */
    public String format(BigDecimal value) {
        String plain = value.stripTrailingZeros().toPlainString();
        return this == PERCENTAGE ? plain + "%" : plain;
    }
}
