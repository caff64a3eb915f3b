package uk.lscb.cse.kpi;

import uk.lscb.cse.audit.Actor;

/**
 * A value for measure {@code number} of plan {@code planId}, as typed: {@code period} is null for the
 * latest closed period, else as people write it ("Q2", "2016-17 Q2"); {@code note} is optional.
 */
public record RecordKpiValue(long planId, int number, String period, String value, String note, Actor actor) {
}
