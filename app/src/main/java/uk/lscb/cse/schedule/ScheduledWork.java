package uk.lscb.cse.schedule;

import uk.lscb.cse.board.Board;

/**
 * What the triggers set off. Scheduling owns when; the work itself (the sweep, the digest,
 * sending) is notify's, which implements this. So schedule depends on nothing it runs, and notify
 * can read schedule's settings and calendar without a cycle between the two.
 */
public interface ScheduledWork {
    /** At the board's alert time on weekdays: decides the notices (the sweep itself skips holidays); the sender sends them. */
    void dailySweep(Board board);

    /** At the board's digest time on weekdays: decides the digest (on the week's first working day); the sender sends it. */
    void weeklyDigest(Board board);

    /** Every half minute and after each sweep or digest, on one instance of the cluster at a time: whatever is due. */
    void sendDue();
}
