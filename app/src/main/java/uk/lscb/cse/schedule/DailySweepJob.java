package uk.lscb.cse.schedule;

import jakarta.inject.Singleton;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/** A board's daily sweep, at its alert time (run again through a database outage, see SlotRetries). */
@Singleton
@DisallowConcurrentExecution
class DailySweepJob implements Job {
    private final SlotRetries retries;
    private final ScheduledWork work;

    DailySweepJob(SlotRetries retries, ScheduledWork work) {
        this.retries = retries;
        this.work = work;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        retries.run(BoardTriggers.boardId(context), BoardTriggers.zone(context),
                context.getScheduledFireTime().toInstant(), "sweep", work::dailySweep);
        BoardTriggers.sendNow(context);
    }
}
