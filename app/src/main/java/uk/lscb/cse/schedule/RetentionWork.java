package uk.lscb.cse.schedule;

/**
 * The nightly retention run: records past each board's keeping are deleted. Scheduling owns when;
 * privacy does the work, as notify does for {@link ScheduledWork}.
 */
public interface RetentionWork {
    void enforceRetention();
}
