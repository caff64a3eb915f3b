package uk.lscb.cse.chat.teams;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.lscb.cse.board.Board;
import uk.lscb.cse.board.ExpiringRecords;
import uk.lscb.cse.board.Retention;
import uk.lscb.cse.db.Jdbc;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Conversation references of people who are not the board's people (no longer, or never were:
 * someone who tried the bot) go once unused for the board's conversationDays; a board's people
 * keep theirs, or their alerts could not reach them. Channels are not people: they stay. The record
 * of what was sent goes with the ledger row it guards (its key names the recipient).
 */
@Singleton
class ExpiringTeamsRecords implements ExpiringRecords {
    private final Jdbc jdbc;

    ExpiringTeamsRecords(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public Map<String, Integer> expire(Board board, Instant now) {
        // Keys begin with the board's id; a row whose delivery the ledger no longer has guards nothing.
        int sent = jdbc.update("""
                DELETE FROM teams_sent WHERE delivery_key LIKE ?
                  AND NOT EXISTS (SELECT 1 FROM delivery d WHERE d.dedupe_key = teams_sent.delivery_key)""",
                board.id() + "|%");
        if (board.teamsTenantId() == null) {
            return Map.of("teamsSent", sent);
        }
        return Map.of("teamsSent", sent, "teamsConversations", jdbc.update("""
                DELETE FROM teams_conversation
                WHERE tenant_id = ? AND kind = 'PERSON' AND updated_at < ?
                  AND (email IS NULL OR email NOT IN (SELECT p.email FROM person p WHERE p.board_id = ?))""",
                board.teamsTenantId(), now.minus(Duration.ofDays(board.retention().conversationDays())), board.id()));
    }

    /**
     * People of a tenant linked to no board are no board's people. Activities already handled are
     * kept by digest only, with no tenant: they go after the default, as Slack's event ids do.
     */
    @Override
    @Transactional
    public Map<String, Integer> expireUnclaimed(Instant now) {
        int activities = jdbc.update("DELETE FROM teams_activity WHERE received_at < ?",
                now.minus(Duration.ofDays(Retention.DEFAULT.slackEventDays())));
        return Map.of("teamsActivities", activities, "teamsConversations", jdbc.update("""
                DELETE FROM teams_conversation
                WHERE kind = 'PERSON' AND updated_at < ?
                  AND tenant_id NOT IN (SELECT b.teams_tenant_id FROM board b WHERE b.teams_tenant_id IS NOT NULL)""",
                now.minus(Duration.ofDays(Retention.DEFAULT.conversationDays()))));
    }
}
