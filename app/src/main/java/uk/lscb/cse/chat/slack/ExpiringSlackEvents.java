package uk.lscb.cse.chat.slack;

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
 * Ids of Slack events already handled are only needed while Slack may deliver them again (it
 * retries within the hour): they go after the board's slackEventDays.
 */
@Singleton
class ExpiringSlackEvents implements ExpiringRecords {
    private final Jdbc jdbc;

    ExpiringSlackEvents(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public Map<String, Integer> expire(Board board, Instant now) {
        if (board.slackTeamId() == null) {
            return Map.of();
        }
        return Map.of("slackEvents", jdbc.update("DELETE FROM slack_event WHERE team_id = ? AND received_at < ?",
                board.slackTeamId(), now.minus(Duration.ofDays(board.retention().slackEventDays()))));
    }

    /** Events of a workspace linked to no board, or recorded before events named their workspace. */
    @Override
    @Transactional
    public Map<String, Integer> expireUnclaimed(Instant now) {
        return Map.of("slackEvents", jdbc.update("""
                DELETE FROM slack_event WHERE received_at < ?
                  AND (team_id IS NULL OR team_id NOT IN (SELECT b.slack_team_id FROM board b WHERE b.slack_team_id IS NOT NULL))""",
                now.minus(Duration.ofDays(Retention.DEFAULT.slackEventDays()))));
    }
}
