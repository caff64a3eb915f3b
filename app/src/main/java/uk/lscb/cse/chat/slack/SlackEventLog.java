package uk.lscb.cse.chat.slack;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.lscb.cse.db.Jdbc;

import java.time.Clock;

/** Slack retries an event it thinks was missed; the event_id says whether it was already handled. */
@Singleton
class SlackEventLog {
    private final Jdbc jdbc;
    private final Clock clock;

    SlackEventLog(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** True the first time an event id is seen, false for every redelivery. */
    @Transactional
    boolean firstDelivery(String eventId) {
        return jdbc.update("INSERT IGNORE INTO slack_event (event_id, received_at) VALUES (?, ?)", eventId, clock.instant()) == 1;
    }
}
