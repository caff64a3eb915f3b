package uk.lscb.cse.kpi;

import uk.lscb.cse.plan.Rag;

import java.math.BigDecimal;

/**
 * A value against its measure's target: Green when it meets the target, Amber when it misses by no
 * more than a tenth of the target or is still better than the baseline, Red otherwise. Null when the
 * measure has no target or direction.
 */
final class RagAgainstTarget {
    private static final BigDecimal TENTH = new BigDecimal("0.1");

    private RagAgainstTarget() {
    }

    static Rag of(Kpi kpi, BigDecimal value) {
        if (value == null || kpi.target() == null || kpi.direction() == null) {
            return null;
        }
        int sign = kpi.direction() == Direction.HIGHER ? 1 : -1;
        if (value.compareTo(kpi.target()) * sign >= 0) {
            return Rag.GREEN;
        }
        BigDecimal shortfall = value.subtract(kpi.target()).abs();
        boolean near = shortfall.compareTo(kpi.target().abs().multiply(TENTH)) <= 0;
        boolean betterThanBaseline = kpi.baseline() != null && value.compareTo(kpi.baseline()) * sign > 0;
        return near || betterThanBaseline ? Rag.AMBER : Rag.RED;
    }
}
