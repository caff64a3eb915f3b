package uk.lscb.cse.schedule;

import jakarta.inject.Singleton;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/** A board's weekly digest, checked at its digest time on each weekday (through an outage: SlotRetries). */
@Singleton
@DisallowConcurrentExecution
class WeeklyDigestJob implements Job {
    private final SlotRetries retries;
    private final ScheduledWork work;

    WeeklyDigestJob(SlotRetries retries, ScheduledWork work) {
        this.retries = retries;
        this.work = work;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        retries.run(BoardTriggers.boardId(context), BoardTriggers.zone(context),
                context.getScheduledFireTime().toInstant(), "digest", work::weeklyDigest);
        BoardTriggers.sendNow(context);
    }
}
