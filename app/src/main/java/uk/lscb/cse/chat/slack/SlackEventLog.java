package uk.lscb.cse.chat.slack;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.lscb.cse.db.Jdbc;
import uk.lscb.cse.db.UniqueKeys;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Slack delivers an event again when it was not acknowledged within 3 s or was answered with an
 * error; the event_id says whether it is already handled or being handled. An event is marked
 * handled only after its work is done: work that fails releases it, so the redelivery does it.
 */
@Singleton
class SlackEventLog {
    /**
     * A claim older than this was abandoned (its instance died, or could not release it while the
     * database was away): Slack's redelivery a minute after the first takes it over. A reply takes
     * well under a second; one still running when Slack retries at once is left to finish.
     */
    static final Duration ABANDONED = Duration.ofSeconds(30);

    private final SlackEventRepository events;
    private final Jdbc jdbc;
    private final Clock clock;

    SlackEventLog(SlackEventRepository events, Jdbc jdbc, Clock clock) {
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** True when this delivery is to do the work: the event is new, or an earlier claim on it was abandoned. */
    @Transactional
    boolean claim(String teamId, String eventId) {
        Instant now = clock.instant();
        if (UniqueKeys.inserted(() -> events.save(new SlackEvent(eventId, now, null, teamId)))) {
            return true;
        }
        return jdbc.update("UPDATE slack_event SET received_at = ? WHERE event_id = ? AND handled_at IS NULL"
                + " AND received_at < ?", now, eventId, now.minus(ABANDONED)) == 1;
    }

    /** The work is done: every later delivery of the event is a repeat. */
    @Transactional
    void handled(String eventId) {
        jdbc.update("UPDATE slack_event SET handled_at = ? WHERE event_id = ?", clock.instant(), eventId);
    }

    /** The work failed: the next delivery of the event does it. */
    @Transactional
    void release(String eventId) {
        jdbc.update("DELETE FROM slack_event WHERE event_id = ? AND handled_at IS NULL", eventId);
    }
}
