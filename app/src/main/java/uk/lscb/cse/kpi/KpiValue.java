package uk.lscb.cse.kpi;

import uk.lscb.cse.audit.Source;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One entry of a measure's values: never changed, a correction is a later entry. {@code agency} is
 * the part it gives for a measure split by agency, else null.
 */
public record KpiValue(long id, long kpiId, String period, String agency, BigDecimal value, String note, String author,
                       Source source, String channel, Instant at) {
}
