package uk.lscb.cse.schedule;

import jakarta.inject.Singleton;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Deletes what each board's retention says is past keeping, once a night. */
@Singleton
@DisallowConcurrentExecution
class RetentionJob implements Job {
    private final RetentionWork work;

    RetentionJob(RetentionWork work) {
        this.work = work;
    }

    @Override
    public void execute(JobExecutionContext context) {
        work.enforceRetention();
    }
}
