package uk.lscb.cse.notify;

import jakarta.inject.Singleton;
import uk.lscb.cse.board.Board;
import uk.lscb.cse.schedule.ScheduledWork;

/**
 * What notify does when schedule's triggers fire: decide the sweep's or digest's notices; the
 * sending job, started right after, sends them (one sender at a time in the cluster).
 */
@Singleton
class ScheduledNotices implements ScheduledWork {
    private final DailySweep sweep;
    private final WeeklyDigest digest;
    private final SendingDueNotices sending;

    ScheduledNotices(DailySweep sweep, WeeklyDigest digest, SendingDueNotices sending) {
        this.sweep = sweep;
        this.digest = digest;
        this.sending = sending;
    }

    // A failure (a database outage, or two instances deadlocking on the ledger's unique key) is run
    // again by the job (schedule's SlotRetries): the loser was rolled back whole, and running it again
    // decides only what the winner did not.
    @Override
    public void dailySweep(Board board) {
        sweep.run(board);
    }

    @Override
    public void weeklyDigest(Board board) {
        digest.scheduled(board);
    }

    @Override
    public void sendDue() {
        sending.sendDue();
    }
}
