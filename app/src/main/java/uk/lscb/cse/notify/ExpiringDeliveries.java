package uk.lscb.cse.notify;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.lscb.cse.board.Board;
import uk.lscb.cse.board.ExpiringRecords;
import uk.lscb.cse.db.Jdbc;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Finished rows of the ledger (sent, or never to be sent: given up, missed, superseded) go after the
 * board's deliveryMonths.
 * Except an alert about an action still open in a current plan: its row is what keeps the sweep
 * from alerting the lead again for the same due date, review or quiet spell, so it stays until
 * the action is complete or its plan archived, and then goes by age.
 */
@Singleton
class ExpiringDeliveries implements ExpiringRecords {
    private final Jdbc jdbc;

    ExpiringDeliveries(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public Map<String, Integer> expire(Board board, Instant now) {
        Instant before = now.atZone(ZoneOffset.UTC).minusMonths(board.retention().deliveryMonths()).toInstant();
        int deleted = jdbc.update("""
                DELETE FROM delivery
                WHERE board_id = ? AND status IN ('SENT', 'FAILED', 'MISSED', 'SUPERSEDED') AND COALESCE(sent_at, created_at) < ?
                  AND NOT (kind IN ('OVERDUE', 'ESCALATION', 'REVIEW', 'STALE') AND action_id IS NOT NULL AND action_id IN (
                      SELECT a.id FROM action a JOIN plan p ON p.id = a.plan_id
                      JOIN progress_update pu ON pu.id = a.current_update_id
                      WHERE p.board_id = ? AND p.status = 'ACTIVE' AND a.retired_in IS NULL AND pu.rag_after <> 'COMPLETE'))""",
                board.id(), before, board.id());
        return Map.of("deliveries", deleted);
    }
}
