package uk.lscb.cse.report;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.lscb.cse.Invalid;
import uk.lscb.cse.audit.Actor;
import uk.lscb.cse.audit.Audit;
import uk.lscb.cse.db.Jdbc;

import java.time.Clock;

/** A board's report settings: the protective marking on every page, and the working days before a meeting. */
@Singleton
class ReportSettings {
    static final Setting DEFAULT = new Setting("OFFICIAL-SENSITIVE", 5);

    private final Jdbc jdbc;
    private final Audit audit;
    private final Clock clock;

    ReportSettings(Jdbc jdbc, Audit audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    record Setting(String marking, int daysBeforeMeeting) {
        String describe() {
            return "protectiveMarking=" + marking + ", daysBeforeMeeting=" + daysBeforeMeeting;
        }
    }

    @ReadOnly
    Setting of(long boardId) {
        return jdbc.one("SELECT protective_marking, days_before_meeting FROM board_report_setting WHERE board_id = ?",
                rs -> new Setting(rs.getString(1), rs.getInt(2)), boardId).orElse(DEFAULT);
    }

    /** Changes what is given (null: unchanged); audited old → new. */
    @Transactional
    Setting save(long boardId, String marking, Integer days, Actor actor) {
        Setting old = of(boardId);
        if (marking != null && (marking.isBlank() || marking.strip().length() > 64)) {
            throw new Invalid("protectiveMarking must be 1 to 64 characters, e.g. OFFICIAL-SENSITIVE");
        }
        if (days != null && (days < 1 || days > 30)) {
            throw new Invalid("daysBeforeMeeting must be 1 to 30 working days (default 5)");
        }
        Setting setting = new Setting(marking == null ? old.marking() : marking.strip(),
                days == null ? old.daysBeforeMeeting() : days);
        jdbc.update("DELETE FROM board_report_setting WHERE board_id = ?", boardId);
        jdbc.update("""
                INSERT INTO board_report_setting (board_id, protective_marking, days_before_meeting, updated_by, updated_at)
                VALUES (?, ?, ?, ?, ?)""", boardId, setting.marking(), setting.daysBeforeMeeting(), actor.who(), clock.instant());
        audit.record(boardId, "board", boardId, "report settings", old.describe(), setting.describe(), actor);
        return setting;
    }
}
