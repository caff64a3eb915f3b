package uk.lscb.cse.schedule;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.lscb.cse.Invalid;
import uk.lscb.cse.audit.Actor;
import uk.lscb.cse.audit.Audit;
import uk.lscb.cse.board.Board;
import uk.lscb.cse.db.Jdbc;

import java.sql.Time;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads and saves boards' schedules; a board that never set one gets the defaults. */
@Singleton
public class BoardSchedules {
    private final Jdbc jdbc;
    private final Audit audit;
    private final Clock clock;

    BoardSchedules(Jdbc jdbc, Audit audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Changes to a schedule; null leaves a setting as it is. Times are "HH:mm", holidays "YYYY-MM-DD". */
    public record Changes(@Nullable String alertTime, @Nullable String digestTime, @Nullable Integer reminderDays,
                          @Nullable Integer staleDays, @Nullable Integer escalateAfterDays, @Nullable Boolean paused,
                          @Nullable List<BoardSchedule.Holiday> extraHolidays, @Nullable String digestStyle) {
    }

    @ReadOnly
    public BoardSchedule of(Board board) {
        List<BoardSchedule.Holiday> holidays = jdbc.list("SELECT day, name FROM board_holiday WHERE board_id = ? ORDER BY day",
                rs -> new BoardSchedule.Holiday(Jdbc.date(rs, "day"), rs.getString("name")), board.id());
        ZoneId zone = ZoneId.of(board.timeZone());
        return jdbc.one("""
                SELECT alert_time, digest_time, reminder_days, stale_days, escalate_after_days, paused, digest_style
                FROM board_schedule WHERE board_id = ?""",
                rs -> new BoardSchedule(board.id(), zone, rs.getTime("alert_time").toLocalTime(),
                        rs.getTime("digest_time").toLocalTime(), rs.getInt("reminder_days"), rs.getInt("stale_days"),
                        rs.getInt("escalate_after_days"), rs.getBoolean("paused"), holidays,
                        BoardSchedule.DigestStyle.valueOf(rs.getString("digest_style"))), board.id())
                .orElse(new BoardSchedule(board.id(), zone, BoardSchedule.DEFAULT_TIME, BoardSchedule.DEFAULT_TIME, 7, 28,
                        5, false, holidays, BoardSchedule.DigestStyle.ONE_MESSAGE));
    }

    @Transactional
    public BoardSchedule save(Board board, Changes changes, Actor actor) {
        BoardSchedule old = of(board);
        BoardSchedule updated = new BoardSchedule(board.id(), old.timeZone(),
                changes.alertTime() == null ? old.alertTime() : time("alertTime", changes.alertTime()),
                changes.digestTime() == null ? old.digestTime() : time("digestTime", changes.digestTime()),
                changes.reminderDays() == null ? old.reminderDays() : days("reminderDays", changes.reminderDays(), 0, 90),
                changes.staleDays() == null ? old.staleDays() : days("staleDays", changes.staleDays(), 7, 365),
                changes.escalateAfterDays() == null ? old.escalateAfterDays()
                        : days("escalateAfterDays", changes.escalateAfterDays(), 1, 60),
                changes.paused() == null ? old.paused() : changes.paused(),
                changes.extraHolidays() == null ? old.extraHolidays() : holidays(changes.extraHolidays()),
                changes.digestStyle() == null ? old.digestStyle() : style(changes.digestStyle()));
        if (updated.describe().equals(old.describe())) {
            return old;
        }
        jdbc.update("""
                INSERT INTO board_schedule (board_id, alert_time, digest_time, reminder_days, stale_days,
                                            escalate_after_days, paused, digest_style, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE alert_time = VALUES(alert_time), digest_time = VALUES(digest_time),
                    reminder_days = VALUES(reminder_days), stale_days = VALUES(stale_days),
                    escalate_after_days = VALUES(escalate_after_days), paused = VALUES(paused),
                    digest_style = VALUES(digest_style), updated_at = VALUES(updated_at)""",
                board.id(), Time.valueOf(updated.alertTime()), Time.valueOf(updated.digestTime()), updated.reminderDays(),
                updated.staleDays(), updated.escalateAfterDays(), updated.paused(), updated.digestStyle().name(),
                clock.instant());
        jdbc.update("DELETE FROM board_holiday WHERE board_id = ?", board.id());
        for (BoardSchedule.Holiday holiday : updated.extraHolidays()) {
            jdbc.update("INSERT INTO board_holiday (board_id, day, name) VALUES (?, ?, ?)",
                    board.id(), holiday.day(), holiday.name());
        }
        audit.record(board.id(), "schedule", board.id(), "updated", old.describe(), updated.describe(), actor);
        return updated;
    }

    private static LocalTime time(String field, String value) {
        try {
            LocalTime time = LocalTime.parse(value.strip());
            // Clocks jump between 01:00 and 02:00 local: a job set then may run twice or not at all.
            if (time.getHour() == 1) {
                throw new Invalid(field + " " + value + " falls in the hour the clocks change; choose a time outside 01:00-01:59");
            }
            return time.withSecond(0).withNano(0);
        } catch (DateTimeParseException e) {
            throw new Invalid(field + " '" + value + "' is not a time; use 24-hour HH:mm, e.g. 09:00");
        }
    }

    private static BoardSchedule.DigestStyle style(String value) {
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "one-message", "one_message" -> BoardSchedule.DigestStyle.ONE_MESSAGE;
            case "message-per-line", "message_per_line", "per-line" -> BoardSchedule.DigestStyle.MESSAGE_PER_LINE;
            default -> throw new Invalid("digestStyle '" + value + "' is not a style; use \"one-message\" (the week in one"
                    + " message, replies name actions by ref) or \"message-per-line\" (a message per action, each with its"
                    + " own thread)");
        };
    }

    private static int days(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new Invalid(field + " must be between " + min + " and " + max + " days, not " + value);
        }
        return value;
    }

    // One entry per day (the last name given wins), in date order.
    private static List<BoardSchedule.Holiday> holidays(List<BoardSchedule.Holiday> given) {
        Map<LocalDate, BoardSchedule.Holiday> byDay = new TreeMap<>();
        for (BoardSchedule.Holiday holiday : given) {
            if (holiday == null || holiday.day() == null) {
                throw new Invalid("each extra holiday needs a day, e.g. {\"day\": \"2026-12-29\", \"name\": \"Council closure\"}");
            }
            byDay.put(holiday.day(), new BoardSchedule.Holiday(holiday.day(),
                    holiday.name() == null || holiday.name().isBlank() ? "board holiday" : holiday.name().strip()));
        }
        return new ArrayList<>(byDay.values());
    }
}
