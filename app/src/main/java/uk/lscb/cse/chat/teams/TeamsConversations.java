package uk.lscb.cse.chat.teams;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.lscb.cse.chat.teams.TeamsConversation.Kind;
import uk.lscb.cse.chat.teams.TeamsConversation.Party;
import uk.lscb.cse.db.UniqueKeys;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Conversation references: where the bot can write to a person or channel without being asked. */
@Singleton
class TeamsConversations {
    private final TeamsConversationRepository conversations;
    private final Clock clock;

    TeamsConversations(TeamsConversationRepository conversations, Clock clock) {
        this.conversations = conversations;
        this.clock = clock;
    }

    record Reference(String serviceUrl, String conversationId) {
    }

    /** A person's personal chat with the bot (party = their Azure AD object id). */
    @Transactional
    void person(String tenant, String aadObjectId, String email, String serviceUrl, String conversationId) {
        save(new TeamsConversation(new Party(tenant, aadObjectId), Kind.PERSON, serviceUrl, conversationId, email,
                clock.instant()));
    }

    /** A channel the bot is in (party = the channel's conversation id). */
    @Transactional
    void channel(String tenant, String channelId, String serviceUrl) {
        save(new TeamsConversation(new Party(tenant, channelId), Kind.CHANNEL, serviceUrl, channelId, null, clock.instant()));
    }

    // Saved on every personal message, so the usual case is one UPDATE. A party seen for the first
    // time is inserted; an insert that loses to another request's (install and first message
    // together) becomes the update after all. An unknown email keeps the one already stored.
    private void save(TeamsConversation seen) {
        if (refresh(seen) == 0 && !UniqueKeys.inserted(() -> conversations.save(seen))) {
            refresh(seen);
        }
    }

    private long refresh(TeamsConversation seen) {
        Party id = seen.id();
        Instant at = seen.updatedAt();
        return seen.email() == null
                ? conversations.update(id, seen.serviceUrl(), seen.conversationId(), at)
                : conversations.update(id, seen.serviceUrl(), seen.conversationId(), seen.email(), at);
    }

    @ReadOnly
    Optional<Reference> byEmail(String tenant, String email) {
        return conversations.findFirstByIdTenantIdAndKindAndEmailOrderByUpdatedAtDesc(tenant, Kind.PERSON, email)
                .map(TeamsConversations::reference);
    }

    @ReadOnly
    Optional<Reference> channel(String tenant, String channelId) {
        return conversations.findById(new Party(tenant, channelId)).map(TeamsConversations::reference);
    }

    /** Any service URL seen for the tenant: a new conversation is created through it. */
    @ReadOnly
    Optional<String> serviceUrl(String tenant) {
        return conversations.findFirstByIdTenantIdOrderByUpdatedAtDesc(tenant).map(TeamsConversation::serviceUrl);
    }

    private static Reference reference(TeamsConversation conversation) {
        return new Reference(conversation.serviceUrl(), conversation.conversationId());
    }
}
