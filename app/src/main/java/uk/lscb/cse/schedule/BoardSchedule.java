package uk.lscb.cse.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * When a board's plan chases its leads, in the board's time zone: the daily sweep (overdue
 * alerts, reminders, stale prompts, reviews of ongoing actions, escalations) and the weekly
 * digest on the week's first working day. {@code paused} stops both for the whole board.
 */
public record BoardSchedule(long boardId, ZoneId timeZone, LocalTime alertTime, LocalTime digestTime, int reminderDays,
                       int staleDays, int escalateAfterDays, boolean paused, List<Holiday> extraHolidays,
                       DigestStyle digestStyle) {

    public static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);

    public record Holiday(LocalDate day, String name) {
    }

    /** The weekly digest as one message (replies name actions by ref), or a summary plus a message per action. */
    public enum DigestStyle {
        ONE_MESSAGE, MESSAGE_PER_LINE
    }

    String describe() {
        return "alertTime=" + alertTime + ", digestTime=" + digestTime + ", reminderDays=" + reminderDays
                + ", staleDays=" + staleDays + ", escalateAfterDays=" + escalateAfterDays + ", paused=" + paused
                + ", digestStyle=" + digestStyle + ", extraHolidays=" + extraHolidays.stream().map(h -> h.day().toString()).toList();
    }
}
