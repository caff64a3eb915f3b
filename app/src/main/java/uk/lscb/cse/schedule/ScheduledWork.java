package uk.lscb.cse.schedule;

import uk.lscb.cse.board.Board;

/**
 * What the triggers set off. Scheduling owns when; the work itself (the sweep, the digest,
 * sending) is notify's, which implements this. So schedule depends on nothing it runs, and notify
 * can read schedule's settings and calendar without a cycle between the two.
 */
public interface ScheduledWork {
    /** At the board's alert time on weekdays; the sweep itself skips holidays. */
    void dailySweep(Board board);

    /** At the board's digest time on weekdays; the digest itself waits for the week's first working day. */
    void weeklyDigest(Board board);

    /** Every half minute, on one instance of the cluster: whatever is due to be sent. */
    void sendDue();
}
