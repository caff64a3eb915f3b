package uk.lscb.cse.kpi;

import java.util.List;
import java.util.Optional;

/**
 * A measure with its closed periods, newest first, and whether a value is wanted: the plan's
 * latest closed period has none (DUE), and has had none for longer than the board's reminder
 * days (OVERDUE).
 */
public record KpiStanding(Kpi kpi, List<PeriodFigure> periods, Status status) {
    public enum Status {
        /** No period: nothing to collect. */
        NOT_COLLECTED,
        /** No period of the plan has closed yet. */
        NOT_STARTED,
        UP_TO_DATE, DUE, OVERDUE
    }

    /** The latest closed period, if any. */
    public Optional<PeriodFigure> latest() {
        return periods.isEmpty() ? Optional.empty() : Optional.of(periods.get(0));
    }

    public boolean wanted() {
        return status == Status.DUE || status == Status.OVERDUE;
    }
}
