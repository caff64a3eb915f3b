package uk.lscb.cse.kpi;

import java.time.LocalDate;

/** One period of a measure: "2016-05", "2016-17 Q2", "2016-17 H1", "2016-17"; {@code end} is its last day. */
public record KpiPeriod(String label, LocalDate start, LocalDate end) {

    /** Whether the period is over on {@code today}: its value can be asked for. */
    public boolean closedBy(LocalDate today) {
        return end.isBefore(today);
    }
}
