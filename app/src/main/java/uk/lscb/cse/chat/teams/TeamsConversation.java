package uk.lscb.cse.chat.teams;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

/**
 * Where the bot can write to a party of a tenant without being spoken to first: a person (by Azure
 * AD object id) or a channel (by its conversation id).
 */
@MappedEntity("teams_conversation")
record TeamsConversation(@EmbeddedId Party id, Kind kind, String serviceUrl, String conversationId,
                         @Nullable String email, Instant updatedAt) {

    @Embeddable
    record Party(@MappedProperty("tenant_id") String tenantId, @MappedProperty("party") String party) {
    }

    enum Kind {
        PERSON, CHANNEL
    }
}
