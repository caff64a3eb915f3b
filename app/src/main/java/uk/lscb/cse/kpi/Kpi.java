package uk.lscb.cse.kpi;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A measure of a plan. {@code number} is its position in the plan ("kpi 3" in chat); the owner is an
 * agency and optionally a named person (who is asked for values); {@code frequency} is null for a
 * measure that is not collected per period. {@code byAgency}: each agency gives its own part and the
 * value is their total.
 */
public record Kpi(long id, long planId, int number, String measure, String counted, String theme, String ownerAgency,
                  Long ownerPersonId, String ownerPerson, Frequency frequency, int yearStartMonth, BigDecimal target,
                  Direction direction, BigDecimal baseline, boolean byAgency, Oba oba, ValueKind kind) {

    /** The calendar of its periods; empty for a measure with no period. */
    public Optional<PeriodCalendar> calendar() {
        return frequency == null ? Optional.empty() : Optional.of(new PeriodCalendar(frequency, yearStartMonth));
    }

    /** Who owns it, as people read it: "Essex Police (Pat Lee)". */
    @JsonIgnore
    public String owner() {
        if (ownerAgency == null) {
            return ownerPerson == null ? "no owner set" : ownerPerson;
        }
        return ownerPerson == null ? ownerAgency : ownerAgency + " (" + ownerPerson + ")";
    }
}
