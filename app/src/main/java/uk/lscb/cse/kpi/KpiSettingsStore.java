package uk.lscb.cse.kpi;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.lscb.cse.Invalid;
import uk.lscb.cse.audit.Actor;
import uk.lscb.cse.audit.Audit;
import uk.lscb.cse.db.Jdbc;

import java.time.Clock;

/** Reads and saves boards' KPI settings; a board that never set them has the defaults. */
@Singleton
public class KpiSettingsStore {
    private final Jdbc jdbc;
    private final Audit audit;
    private final Clock clock;

    KpiSettingsStore(Jdbc jdbc, Audit audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Changes; null leaves a setting as it is. */
    public record Changes(@Nullable Integer remindAfterDays, @Nullable Integer escalateAfterDays,
                          @Nullable Integer suppressBelow) {
    }

    @ReadOnly
    public KpiSettings of(long boardId) {
        return jdbc.one("SELECT remind_after_days, escalate_after_days, suppress_below FROM kpi_settings WHERE board_id = ?",
                rs -> new KpiSettings(rs.getInt(1), rs.getInt(2), rs.getInt(3)), boardId).orElse(KpiSettings.DEFAULT);
    }

    @Transactional
    public KpiSettings save(long boardId, Changes changes, Actor actor) {
        KpiSettings old = of(boardId);
        KpiSettings updated = new KpiSettings(
                changes.remindAfterDays() == null ? old.remindAfterDays() : within("remindAfterDays", changes.remindAfterDays(), 1, 30),
                changes.escalateAfterDays() == null ? old.escalateAfterDays()
                        : within("escalateAfterDays", changes.escalateAfterDays(), 1, 60),
                changes.suppressBelow() == null ? old.suppressBelow() : within("suppressBelow", changes.suppressBelow(), 1, 100));
        if (updated.escalateAfterDays() <= updated.remindAfterDays()) {
            throw new Invalid("escalateAfterDays (" + updated.escalateAfterDays() + ") must be more than remindAfterDays ("
                    + updated.remindAfterDays() + "): the owner is reminded before a coordinator is told");
        }
        if (updated.equals(old)) {
            return old;
        }
        jdbc.update("""
                INSERT INTO kpi_settings (board_id, remind_after_days, escalate_after_days, suppress_below, updated_at)
                VALUES (?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE remind_after_days = VALUES(remind_after_days),
                    escalate_after_days = VALUES(escalate_after_days), suppress_below = VALUES(suppress_below),
                    updated_at = VALUES(updated_at)""",
                boardId, updated.remindAfterDays(), updated.escalateAfterDays(), updated.suppressBelow(), clock.instant());
        audit.record(boardId, "kpi_settings", boardId, "updated", old.describe(), updated.describe(), actor);
        return updated;
    }

    private static int within(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new Invalid(field + " must be between " + min + " and " + max + ", not " + value);
        }
        return value;
    }
}
