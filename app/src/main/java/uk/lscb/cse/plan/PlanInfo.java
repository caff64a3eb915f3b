package uk.lscb.cse.plan;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A plan with what its queries need to know of its board. {@code revision} changes with every
 * progress update on the plan.
 */
public record PlanInfo(long id, long boardId, String boardSlug, String boardName, ZoneId timeZone, String title,
                       LocalDate periodStart, LocalDate periodEnd, String reviewCadence, long revision) {
}
