package uk.lscb.cse.plan;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.util.List;

/**
 * When an action is due, read from the plan's own wording (kept as {@code text}).
 * Several dates in one cell ("Jan 2015 March 2015") are milestones; the last is the due date.
 * Ongoing actions have a review date instead of a due date. Wording with no date in it
 * ("1st Draft to the September subgroup meeting") is kept and {@code flagged} so the board
 * manager can set one. {@code starts} is when the action begins ("To commence in July 2016"): an action
 * with only a start is ongoing from then, and nothing is overdue before it starts.
 */
public record Timescale(String text, LocalDate due, DuePrecision precision, LocalDate reviewDate,
                        List<Milestone> milestones, boolean flagged,
                        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate starts) {

    public Timescale(String text, LocalDate due, DuePrecision precision, LocalDate reviewDate,
                     List<Milestone> milestones, boolean flagged) {
        this(text, due, precision, reviewDate, milestones, flagged, null);
    }

    public record Milestone(LocalDate due, DuePrecision precision, String text) {
    }

    public static Timescale read(String wording) {
        return TimescaleReader.read(wording);
    }

    /** Past due on {@code today}: dated, and the due date (end of month for month precision) has passed. */
    public boolean overdueOn(LocalDate today) {
        return due != null && (precision == DuePrecision.DAY || precision == DuePrecision.MONTH) && due.isBefore(today)
                && (starts == null || !today.isBefore(starts));
    }
}
