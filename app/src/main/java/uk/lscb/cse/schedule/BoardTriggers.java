package uk.lscb.cse.schedule;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.lscb.cse.board.Board;
import uk.lscb.cse.board.Boards;
import uk.lscb.cse.ops.RequestId;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;

/**
 * Keeps Quartz's triggers in line with the boards' schedules: a daily sweep and a digest check per
 * board (cron on weekdays in the board's time zone, so 09:00 stays 09:00 across the clock
 * changes; bank holidays are skipped by the jobs), one sender for everyone, and the nightly
 * retention run.
 *
 * Misfires (the service was down at the time): a sweep fires once when the service is back (its
 * decisions are idempotent, and late is better than never for an overdue alert); a digest also
 * fires once, and the digest reports itself as missed if it is over three hours late rather than
 * send last Monday's news on Tuesday. The sender skips missed beats.
 */
@Singleton
@Requires(beans = Scheduler.class)
public class BoardTriggers {
    private static final Logger LOG = LoggerFactory.getLogger(BoardTriggers.class);
    static final JobKey DELIVERIES = JobKey.jobKey("deliveries", "service");
    static final JobKey RETENTION = JobKey.jobKey("retention", "service");
    /** Retention runs at night, London time, when no board's alerts or digests do (they may not be set 01:00-01:59). */
    static final String NIGHTLY = "0 30 2 * * ?";
    static final String BOARD_ID = "boardId";

    private final Scheduler scheduler;
    private final Boards boards;
    private final BoardSchedules schedules;
    private final SlotRetries retries;

    BoardTriggers(Scheduler scheduler, Boards boards, BoardSchedules schedules, SlotRetries retries) {
        this.scheduler = scheduler;
        this.boards = boards;
        this.schedules = schedules;
        this.retries = retries;
    }

    /** A trigger as GET /api/schedules shows it. */
    public record Info(String board, String job, String schedule, String timeZone, Instant nextFire, Instant previousFire) {
    }

    @EventListener
    void onStartup(StartupEvent event) throws SchedulerException {
        JobDetail sender = JobBuilder.newJob(SendingJob.class).withIdentity(DELIVERIES).storeDurably().build();
        Trigger every30s = TriggerBuilder.newTrigger().withIdentity("deliveries", "service").forJob(sender)
                .withSchedule(SimpleScheduleBuilder.repeatSecondlyForever(30).withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
        scheduler.scheduleJob(sender, Set.of(every30s), true);
        JobDetail retention = JobBuilder.newJob(RetentionJob.class).withIdentity(RETENTION).storeDurably().build();
        scheduler.scheduleJob(retention, Set.of(cron(TriggerBuilder.newTrigger().withIdentity("retention", "service")
                .forJob(retention), NIGHTLY, TimeZone.getTimeZone("Europe/London"))), true);
        List<Board> all = boards.all();
        for (Board board : all) {
            sync(board);
        }
        scheduler.start();
        LOG.info("Scheduler started (clustered on the service database) with {} board(s)", all.size());
    }

    /** A clean stop: running jobs finish (their ledger rows are written), then Quartz checks out of the cluster. */
    @jakarta.annotation.PreDestroy
    void stop() throws SchedulerException {
        retries.stop();
        scheduler.shutdown(true);
    }

    @EventListener
    void onBoardSaved(Boards.BoardSaved event) {
        sync(event.board());
    }

    /** (Re)creates a board's triggers from its current schedule. */
    public void sync(Board board) {
        BoardSchedule schedule = schedules.of(board);
        TimeZone zone = TimeZone.getTimeZone(schedule.timeZone());
        try {
            schedule(board, "sweep", DailySweepJob.class, weekdaysAt(schedule.alertTime()), zone);
            schedule(board, "digest", WeeklyDigestJob.class, weekdaysAt(schedule.digestTime()), zone);
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not schedule board " + board.slug() + ": " + e.getMessage(), e);
        }
    }

    private void schedule(Board board, String name, Class<? extends org.quartz.Job> job, String cron, TimeZone zone)
            throws SchedulerException {
        String group = "board-" + board.id();
        JobDetail detail = JobBuilder.newJob(job).withIdentity(name, group).usingJobData(BOARD_ID, String.valueOf(board.id()))
                .storeDurably().build();
        scheduler.scheduleJob(detail, Set.of(cron(TriggerBuilder.newTrigger().withIdentity(name, group).forJob(detail),
                cron, zone)), true);
    }

    /**
     * Has the sender run now rather than at its next beat. Jobs that decide notices do not send
     * them themselves: the sender is one job, never run twice at once in the cluster
     * ({@code @DisallowConcurrentExecution}), so however many sweeps and digests fire together, one
     * sender posts at a time and the platforms' rate limits are not multiplied.
     */
    static void sendNow(JobExecutionContext context) throws JobExecutionException {
        try {
            context.getScheduler().triggerJob(DELIVERIES);
        } catch (SchedulerException e) {
            throw new JobExecutionException("could not start the sender; it runs at its next beat: " + e.getMessage(), e);
        }
    }

    /** Starts the sender now (on whichever instance picks it up; never two at once in the cluster). */
    public void sendNow() throws SchedulerException {
        String requestId = RequestId.current();    // its log lines go under the request that asked
        scheduler.triggerJob(DELIVERIES, requestId == null ? null : new JobDataMap(Map.of(JobMetrics.REQUEST_ID, requestId)));
    }

    /** The board a per-board job was scheduled for. */
    static long boardId(JobExecutionContext context) {
        return Long.parseLong(context.getMergedJobDataMap().getString(BOARD_ID));
    }

    /** The time zone of the board's trigger (read without the database); a job fired by hand: the default. */
    static ZoneId zone(JobExecutionContext context) {
        return context.getTrigger() instanceof org.quartz.CronTrigger cron ? cron.getTimeZone().toZoneId()
                : ZoneId.of(Board.DEFAULT_TIME_ZONE);
    }

    /** Quartz cron for a local time on weekdays; bank holidays are skipped by the work itself. */
    static String weekdaysAt(LocalTime time) {
        return "0 " + time.getMinute() + " " + time.getHour() + " ? * MON-FRI";
    }

    /** A weekday cron trigger in the board's zone; misfires fire once (see the class comment). */
    static Trigger cron(TriggerBuilder<Trigger> builder, String cron, TimeZone zone) {
        return builder.withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(zone)
                .withMisfireHandlingInstructionFireAndProceed()).build();
    }

    /** Fires a board's job now (on whichever instance picks it up). */
    public void fireNow(Board board, String name) throws SchedulerException {
        scheduler.triggerJob(JobKey.jobKey(name, "board-" + board.id()));
    }

    public List<Info> list() throws SchedulerException {
        List<Info> infos = new ArrayList<>();
        for (String group : scheduler.getTriggerGroupNames()) {
            for (var key : scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(group))) {
                Trigger trigger = scheduler.getTrigger(key);
                if (trigger == null) {
                    continue;
                }
                String board = group.startsWith("board-") ? boards.withId(Long.parseLong(group.substring(6)))
                        .map(Board::slug).orElse(group) : null;
                String schedule = trigger instanceof org.quartz.CronTrigger cron ? cron.getCronExpression()
                        : "every 30 s";
                String zone = trigger instanceof org.quartz.CronTrigger cron ? cron.getTimeZone().getID() : null;
                infos.add(new Info(board, key.getName(), schedule, zone, instant(trigger.getNextFireTime()),
                        instant(trigger.getPreviousFireTime())));
            }
        }
        return infos;
    }

    private static Instant instant(java.util.Date date) {
        return date == null ? null : date.toInstant();
    }
}
