package uk.lscb.cse.schedule;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobListener;
import org.slf4j.MDC;
import uk.lscb.cse.board.Board;
import uk.lscb.cse.board.Boards;
import uk.lscb.cse.db.Jdbc;
import uk.lscb.cse.ops.RequestId;

import java.sql.Connection;

/**
 * Every job run, by job (sweep, digest, deliveries, retention), board slug and outcome, timed; each
 * run logs under a request id of its own, or that of the request that started it ("send it now").
 * And how late the cluster's scheduler is: the oldest next fire time Quartz's tables hold that has
 * passed. It stays near zero while any instance runs the scheduler; it grows when none does, which
 * is how "the sweep did not run this morning" shows before anyone misses an alert. Working days,
 * weekends and time zones need no rule of the operator's: the triggers already know them.
 */
@Singleton
class JobMetrics implements JobListener, MeterBinder {
    static final String REQUEST_ID = "requestId";
    private static final String TIMING = "cse.job.timing";

    private final Provider<Boards> boards;
    // Looked up when first read: the registry binds this while the datasource is still being made.
    private final Provider<Jdbc> jdbc;
    private final Provider<TransactionOperations<Connection>> transactions;
    private MeterRegistry registry;

    JobMetrics(Provider<Boards> boards, Provider<Jdbc> jdbc, Provider<TransactionOperations<Connection>> transactions) {
        this.boards = boards;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("cse.schedule.late", this, JobMetrics::lateSeconds)
                .description("seconds since the oldest trigger that is due should have fired; 0 when none is overdue")
                .baseUnit("seconds")
                .register(registry);
    }

    @Override
    public String getName() {
        return "cse-job-metrics";
    }

    @Override
    public void jobToBeExecuted(JobExecutionContext context) {
        String carried = context.getMergedJobDataMap().getString(REQUEST_ID);
        MDC.put(RequestId.MDC_KEY, carried != null ? carried : "job-" + RequestId.fresh());
        if (registry != null) {
            context.put(TIMING, Timer.start(registry));
        }
    }

    @Override
    public void jobExecutionVetoed(JobExecutionContext context) {
        MDC.remove(RequestId.MDC_KEY);
    }

    @Override
    public void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
        try {
            if (context.get(TIMING) instanceof Timer.Sample timing) {
                String board = context.getJobDetail().getKey().getGroup().startsWith("board-")
                        ? boardSlug(context) : "";
                timing.stop(Timer.builder("cse.jobs")
                        .description("scheduled job runs, by job, board and outcome")
                        .tag("job", context.getJobDetail().getKey().getName())
                        .tag("board", board)
                        .tag("outcome", failure == null ? "success" : "failure")
                        .register(registry));
            }
        } finally {
            MDC.remove(RequestId.MDC_KEY);
        }
    }

    private String boardSlug(JobExecutionContext context) {
        try {
            return boards.get().withId(BoardTriggers.boardId(context)).map(Board::slug).orElse("(removed)");
        } catch (RuntimeException e) {
            return "(unknown)";    // the database is away: the run's failure is what matters
        }
    }

    // Quartz computes fire times from the wall clock, not the service's Clock: so does this.
    double lateSeconds() {
        long now = System.currentTimeMillis();
        try {
            // MIN of no rows is NULL, read as 0: nothing overdue.
            long oldest = transactions.get().executeRead(status -> jdbc.get().one("SELECT MIN(NEXT_FIRE_TIME) AS oldest FROM QRTZ_TRIGGERS"
                    + " WHERE SCHED_NAME = ? AND TRIGGER_STATE NOT IN ('PAUSED', 'PAUSED_BLOCKED', 'COMPLETE')"
                    + " AND NEXT_FIRE_TIME > 0 AND NEXT_FIRE_TIME <= ?",
                    rs -> rs.getLong("oldest"), QuartzFactory.NAME, now)).orElse(0L);
            return oldest == 0 ? 0 : (now - oldest) / 1000.0;
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
