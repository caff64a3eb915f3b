package uk.lscb.cse.schedule;

import jakarta.inject.Singleton;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Sends what is due, including retries of failed deliveries, every half minute. */
@Singleton
@DisallowConcurrentExecution
class SendingJob implements Job {
    private final ScheduledWork work;

    SendingJob(ScheduledWork work) {
        this.work = work;
    }

    @Override
    public void execute(JobExecutionContext context) {
        work.sendDue();
    }
}
