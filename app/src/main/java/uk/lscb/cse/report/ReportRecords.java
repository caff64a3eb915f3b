package uk.lscb.cse.report;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.lscb.cse.audit.Actor;
import uk.lscb.cse.db.Jdbc;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** The record of reports produced: who asked, from where, for which period. */
@Singleton
class ReportRecords {
    private final Jdbc jdbc;
    private final Clock clock;

    ReportRecords(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    void produced(long planId, ReportPeriod period, ReportFormat format, Actor actor) {
        jdbc.insert("""
                INSERT INTO board_report (plan_id, period_from, period_to, format, produced_by, source, channel, produced_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", planId, period.from(), period.to(), format.name(), actor.who(),
                actor.source(), actor.channel(), clock.instant());
    }

    /** The end of the latest report of the plan that ended before {@code day}. */
    @ReadOnly
    Optional<LocalDate> lastEndBefore(long planId, LocalDate day) {
        return jdbc.one("""
                SELECT period_to FROM board_report WHERE plan_id = ? AND period_to < ?
                ORDER BY period_to DESC LIMIT 1""", rs -> Jdbc.date(rs, "period_to"), planId, day);
    }
}
