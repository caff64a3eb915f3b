package uk.lscb.cse.chat;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.lscb.cse.audit.Source;
import uk.lscb.cse.db.Jdbc;

import java.time.Clock;
import java.util.Optional;

/** Messages the bot posted about one action; a reply in such a message's thread updates that action. */
@Singleton
public class ChatThreads {
    private final Jdbc jdbc;
    private final Clock clock;

    ChatThreads(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record About(long planId, String ref) {
    }

    /** Idempotent: a delivery found again after a crash remembers the same message once. */
    @Transactional
    public void remember(Source platform, String channel, String messageId, long actionId) {
        jdbc.insertUnlessDuplicate("""
                INSERT INTO chat_thread (platform, channel, message_id, action_id, created_at) VALUES (?, ?, ?, ?, ?)""",
                platform, channel, messageId, actionId, clock.instant());
    }

    @ReadOnly
    public Optional<About> about(Source platform, String channel, String messageId) {
        return jdbc.one("""
                SELECT a.plan_id, a.ref FROM chat_thread t JOIN action a ON a.id = t.action_id
                WHERE t.platform = ? AND t.channel = ? AND t.message_id = ?""",
                rs -> new About(rs.getLong(1), rs.getString(2)), platform, channel, messageId);
    }
}
