package uk.lscb.cse.chat;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import uk.lscb.cse.audit.Source;

import java.time.Instant;

/**
 * A message the bot posted about one action, or (a one-message digest) about a plan: a reply in its
 * thread updates that action, or the actions it names by ref. A value request is about a measure's
 * period: a number replied in its thread is that value.
 */
@MappedEntity("chat_thread")
record ChatThread(@EmbeddedId Message id, @Nullable Long actionId, @Nullable Long planId, Instant createdAt,
                  @Nullable Long kpiId, @Nullable String kpiPeriod) {

    @Embeddable
    record Message(@MappedProperty("platform") Source platform, @MappedProperty("channel") String channel,
                   @MappedProperty("message_id") String messageId) {
    }
}
