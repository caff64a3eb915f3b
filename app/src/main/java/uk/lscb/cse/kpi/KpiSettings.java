package uk.lscb.cse.kpi;

/**
 * How a board collects values: owners are reminded after {@code remindAfterDays} working days
 * without one, a coordinator is told after {@code escalateAfterDays}, and counts below
 * {@code suppressBelow} read "fewer than N" wherever others can see them.
 */
public record KpiSettings(int remindAfterDays, int escalateAfterDays, int suppressBelow) {
    public static final KpiSettings DEFAULT = new KpiSettings(3, 7, SmallNumbers.DEFAULT_THRESHOLD);

    public SmallNumbers smallNumbers() {
        return new SmallNumbers(suppressBelow);
    }

    String describe() {
        return "remindAfterDays=" + remindAfterDays + ", escalateAfterDays=" + escalateAfterDays
                + ", suppressBelow=" + suppressBelow;
    }
}
