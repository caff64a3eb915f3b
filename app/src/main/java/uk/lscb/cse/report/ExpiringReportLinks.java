package uk.lscb.cse.report;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.lscb.cse.board.Board;
import uk.lscb.cse.board.ExpiringRecords;
import uk.lscb.cse.db.Jdbc;

import java.time.Instant;
import java.util.Map;

/** A download link that ran out goes, with the report it held: nobody can fetch it any more. */
@Singleton
class ExpiringReportLinks implements ExpiringRecords {
    private final Jdbc jdbc;

    ExpiringReportLinks(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public Map<String, Integer> expire(Board board, Instant now) {
        return Map.of("reportLinks", jdbc.update("""
                DELETE d FROM report_download d JOIN plan p ON p.id = d.plan_id
                WHERE p.board_id = ? AND d.expires_at < ?""", board.id(), now));
    }
}
