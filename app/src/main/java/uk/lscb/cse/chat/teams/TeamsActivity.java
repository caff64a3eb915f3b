package uk.lscb.cse.chat.teams;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** An Activity already handled, by a digest of its conversation id and activity id. */
@MappedEntity("teams_activity")
record TeamsActivity(@Id String activityKey, Instant receivedAt) {
}
