package uk.lscb.cse.chat;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.lscb.cse.audit.Source;
import uk.lscb.cse.db.Jdbc;
import uk.lscb.cse.db.UniqueKeys;

import java.time.Clock;
import java.util.Optional;

/** Messages the bot posted about one action; a reply in such a message's thread updates that action. */
@Singleton
public class ChatThreads {
    private final ChatThreadRepository threads;
    private final Jdbc jdbc;
    private final Clock clock;

    ChatThreads(ChatThreadRepository threads, Jdbc jdbc, Clock clock) {
        this.threads = threads;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record About(long planId, String ref) {
    }

    /** Idempotent: a delivery found again after a crash remembers the same message once. */
    @Transactional
    public void remember(Source platform, String channel, String messageId, long actionId) {
        UniqueKeys.inserted(() -> threads.save(new ChatThread(new ChatThread.Message(platform, channel, messageId),
                actionId, clock.instant())));
    }

    // A join into the plan's tables: hand SQL by the db rule.
    @ReadOnly
    public Optional<About> about(Source platform, String channel, String messageId) {
        return jdbc.one("""
                SELECT a.plan_id, a.ref FROM chat_thread t JOIN action a ON a.id = t.action_id
                WHERE t.platform = ? AND t.channel = ? AND t.message_id = ?""",
                rs -> new About(rs.getLong(1), rs.getString(2)), platform, channel, messageId);
    }
}
