package uk.lscb.cse.chat.slack;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * An Events API delivery by Slack's event_id: claimed when it arrived, handled once its work was done;
 * its workspace says whose retention applies.
 */
@MappedEntity("slack_event")
record SlackEvent(@Id String eventId, Instant receivedAt, @Nullable Instant handledAt, @Nullable String teamId) {
}
