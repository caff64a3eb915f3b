package uk.lscb.cse.schedule;

import jakarta.inject.Singleton;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import uk.lscb.cse.board.Boards;

/** A board's daily sweep, at its alert time. */
@Singleton
@DisallowConcurrentExecution
class DailySweepJob implements Job {
    private final Boards boards;
    private final ScheduledWork work;

    DailySweepJob(Boards boards, ScheduledWork work) {
        this.boards = boards;
        this.work = work;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        BoardTriggers.board(boards, context).ifPresent(work::dailySweep);
        BoardTriggers.sendNow(context);
    }
}
