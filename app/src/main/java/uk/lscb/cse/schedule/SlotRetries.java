package uk.lscb.cse.schedule;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.lscb.cse.board.Board;
import uk.lscb.cse.board.Boards;
import uk.lscb.cse.db.DatabaseOutage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Consumer;

/**
 * Runs a board's scheduled work through a database outage: work that fails because the database is
 * away (see {@link DatabaseOutage}) runs again after 1 s, 2 s, 4 s … at most every 5 minutes, until
 * its slot is over: the end of the day it was due, in the board's time zone. Today's sweep is no use
 * tomorrow; a digest run hours late records itself as missed, which is worth having. Quartz cannot
 * retry it for us: its job store is the same database. Any other failure fails at once.
 */
@Singleton
class SlotRetries {
    private static final Logger LOG = LoggerFactory.getLogger(SlotRetries.class);

    private final Boards boards;
    private final Clock clock;
    private final Duration first;
    private final Duration longest;
    private volatile boolean stopping;

    SlotRetries(Boards boards, Clock clock, @Value("${cse.scheduler.retry-first:1s}") Duration first,
                @Value("${cse.scheduler.retry-longest:5m}") Duration longest) {
        this.boards = boards;
        this.clock = clock;
        this.first = first;
        this.longest = longest;
    }

    /** The board's work ({@code what}, due at {@code due}); the board is read again on every try. */
    void run(long boardId, ZoneId zone, Instant due, String what, Consumer<Board> work) {
        Instant slotOver = due.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
        Duration pause = first;
        for (int attempt = 1; ; attempt++) {
            try {
                boards.withId(boardId).ifPresent(work);
                if (attempt > 1) {
                    LOG.info("The {} of board {} ran at try {}, once the database was back", what, boardId, attempt);
                }
                return;
            } catch (RuntimeException e) {
                if (!DatabaseOutage.caused(e) || stopping || clock.instant().plus(pause).isAfter(slotOver)) {
                    LOG.error("The {} of board {} failed at try {}{}", what, boardId, attempt,
                            DatabaseOutage.caused(e) ? " and its slot is over (or the service is stopping)" : "", e);
                    throw e;
                }
                LOG.warn("The {} of board {} met a database outage ({}); trying again in {} s", what, boardId,
                        e.getMessage(), pause.toMillis() / 1000.0);
                pauseFor(pause);
                pause = pause.multipliedBy(2).compareTo(longest) > 0 ? longest : pause.multipliedBy(2);
            }
        }
    }

    /** Stops waiting: the service is shutting down, and Quartz waits for running jobs. */
    void stop() {
        stopping = true;
        synchronized (this) {
            notifyAll();
        }
    }

    private synchronized void pauseFor(Duration pause) {
        try {
            if (!stopping) {
                wait(pause.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }
}
