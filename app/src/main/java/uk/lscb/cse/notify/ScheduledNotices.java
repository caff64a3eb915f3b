package uk.lscb.cse.notify;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.lscb.cse.board.Board;
import uk.lscb.cse.db.DataAccessFailure;
import uk.lscb.cse.schedule.ScheduledWork;

import java.util.function.Supplier;

/**
 * What notify does when schedule's triggers fire: decide the sweep's or digest's notices; the
 * sending job, started right after, sends them (one sender at a time in the cluster).
 */
@Singleton
class ScheduledNotices implements ScheduledWork {
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledNotices.class);

    private final DailySweep sweep;
    private final WeeklyDigest digest;
    private final SendingDueNotices sending;

    ScheduledNotices(DailySweep sweep, WeeklyDigest digest, SendingDueNotices sending) {
        this.sweep = sweep;
        this.digest = digest;
        this.sending = sending;
    }

    @Override
    public void dailySweep(Board board) {
        retried("sweep of " + board.slug(), () -> sweep.run(board));
    }

    @Override
    public void weeklyDigest(Board board) {
        retried("digest of " + board.slug(), () -> digest.scheduled(board));
    }

    @Override
    public void sendDue() {
        sending.sendDue();
    }

    /**
     * Two instances sweeping one board at once may deadlock on the ledger's unique key; the loser
     * is rolled back whole, and running it again decides only what the winner did not.
     */
    private static <T> T retried(String what, Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (DataAccessFailure e) {
                if (attempt == 3) {
                    throw e;
                }
                LOG.info("{} failed in the database ({}); running it again", what, e.getMessage());
            }
        }
    }
}
