package uk.lscb.cse.schedule;

import jakarta.inject.Singleton;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import uk.lscb.cse.board.Boards;

/** A board's weekly digest, checked at its digest time on each weekday. */
@Singleton
@DisallowConcurrentExecution
class WeeklyDigestJob implements Job {
    private final Boards boards;
    private final ScheduledWork work;

    WeeklyDigestJob(Boards boards, ScheduledWork work) {
        this.boards = boards;
        this.work = work;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        BoardTriggers.board(boards, context).ifPresent(work::weeklyDigest);
        BoardTriggers.sendNow(context);
    }
}
