package uk.lscb.cse.chat.slack;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.lscb.cse.db.UniqueKeys;

import java.time.Clock;

/** Slack retries an event it thinks was missed; the event_id says whether it was already handled. */
@Singleton
class SlackEventLog {
    private final SlackEventRepository events;
    private final Clock clock;

    SlackEventLog(SlackEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** True the first time an event id is seen, false for every redelivery. */
    @Transactional
    boolean firstDelivery(String teamId, String eventId) {
        return UniqueKeys.inserted(() -> events.save(new SlackEvent(eventId, clock.instant(), teamId)));
    }
}
