package uk.lscb.cse.chat.teams;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.lscb.cse.db.Jdbc;

import java.time.Clock;
import java.util.Optional;

/** Conversation references: where the bot can write to a person or channel without being asked. */
@Singleton
class TeamsConversations {
    private final Jdbc jdbc;
    private final Clock clock;

    TeamsConversations(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Reference(String serviceUrl, String conversationId) {
    }

    /** A person's personal chat with the bot (party = their Azure AD object id). */
    @Transactional
    void person(String tenant, String aadObjectId, String email, String serviceUrl, String conversationId) {
        save(tenant, aadObjectId, "PERSON", email, serviceUrl, conversationId);
    }

    /** A channel the bot is in (party = the channel's conversation id). */
    @Transactional
    void channel(String tenant, String channelId, String serviceUrl) {
        save(tenant, channelId, "CHANNEL", null, serviceUrl, channelId);
    }

    private void save(String tenant, String party, String kind, String email, String serviceUrl, String conversationId) {
        jdbc.update("""
                INSERT INTO teams_conversation (tenant_id, party, kind, service_url, conversation_id, email, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE service_url = VALUES(service_url), conversation_id = VALUES(conversation_id),
                    email = COALESCE(VALUES(email), email), updated_at = VALUES(updated_at)""",
                tenant, party, kind, serviceUrl, conversationId, email, clock.instant());
    }

    @ReadOnly
    Optional<Reference> byEmail(String tenant, String email) {
        return jdbc.one("""
                SELECT service_url, conversation_id FROM teams_conversation
                WHERE tenant_id = ? AND kind = 'PERSON' AND email = ? ORDER BY updated_at DESC LIMIT 1""",
                rs -> new Reference(rs.getString(1), rs.getString(2)), tenant, email);
    }

    @ReadOnly
    Optional<Reference> channel(String tenant, String channelId) {
        return jdbc.one("SELECT service_url, conversation_id FROM teams_conversation WHERE tenant_id = ? AND party = ?",
                rs -> new Reference(rs.getString(1), rs.getString(2)), tenant, channelId);
    }

    /** Any service URL seen for the tenant: a new conversation is created through it. */
    @ReadOnly
    Optional<String> serviceUrl(String tenant) {
        return jdbc.one("SELECT service_url FROM teams_conversation WHERE tenant_id = ? ORDER BY updated_at DESC LIMIT 1",
                rs -> rs.getString(1), tenant);
    }
}
