package uk.lscb.cse.report;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.lscb.cse.Invalid;
import uk.lscb.cse.audit.Actor;
import uk.lscb.cse.audit.Audit;
import uk.lscb.cse.db.Jdbc;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

/** A board's meeting dates, and how many working days before each the report goes to its coordinators. */
@Singleton
public class BoardMeetings {
    private final Jdbc jdbc;
    private final Audit audit;
    private final ReportSettings settings;

    BoardMeetings(Jdbc jdbc, Audit audit, ReportSettings settings) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.settings = settings;
    }

    /** The meetings on or after {@code day}, soonest first. */
    @ReadOnly
    public List<LocalDate> from(long boardId, LocalDate day) {
        return jdbc.list("SELECT meets_on FROM board_meeting WHERE board_id = ? AND meets_on >= ? ORDER BY meets_on",
                rs -> Jdbc.date(rs, "meets_on"), boardId, day);
    }

    @ReadOnly
    public int daysBefore(long boardId) {
        return settings.of(boardId).daysBeforeMeeting();
    }

    /** Replaces the board's meeting dates with {@code dates} (audited old → new). */
    @Transactional
    List<LocalDate> set(long boardId, List<String> dates, Actor actor) {
        if (dates == null) {
            throw new Invalid("give the meeting dates: {\"dates\": [\"2016-03-31\", \"2016-06-30\"]}");
        }
        TreeSet<LocalDate> days = new TreeSet<>();
        dates.forEach(d -> days.add(ReportPeriod.date(d == null ? "" : d, "meeting date")));
        List<LocalDate> old = jdbc.list("SELECT meets_on FROM board_meeting WHERE board_id = ? ORDER BY meets_on",
                rs -> Jdbc.date(rs, "meets_on"), boardId);
        jdbc.update("DELETE FROM board_meeting WHERE board_id = ?", boardId);
        jdbc.batch("INSERT INTO board_meeting (board_id, meets_on) VALUES (?, ?)",
                days.stream().map(d -> new Object[]{boardId, d}).toList());
        audit.record(boardId, "board", boardId, "meetings", old.toString(), days.toString(), actor);
        return List.copyOf(days);
    }
}
