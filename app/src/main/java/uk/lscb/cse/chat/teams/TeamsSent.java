package uk.lscb.cse.chat.teams;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A notice the bot sent in a Teams conversation, by its delivery key: Teams cannot be asked whether
 * a message arrived, so this is where a retry looks before sending again.
 */
@MappedEntity("teams_sent")
record TeamsSent(@Id String deliveryKey, String conversationId, @Nullable String activityId, Instant sentAt) {
}
