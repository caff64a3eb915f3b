package uk.lscb.cse.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

/** A board's working days: Monday to Friday, less bank holidays and the board's own days off. */
public record WorkingCalendar(Set<LocalDate> holidays) {

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    /** Working days after {@code from} up to and including {@code to}: Friday → next Monday is 1. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            count += isWorkingDay(day) ? 1 : 0;
        }
        return count;
    }

    /** The week's first working day (Tuesday after an Easter Monday), or null for a week with none. */
    public LocalDate firstWorkingDayOfWeek(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (LocalDate d = monday; d.isBefore(monday.plus(5, ChronoUnit.DAYS)); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                return d;
            }
        }
        return null;
    }
}
