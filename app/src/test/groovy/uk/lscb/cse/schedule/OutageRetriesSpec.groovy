package uk.lscb.cse.schedule

import uk.lscb.cse.support.CapturedLog

import org.quartz.Job
import org.quartz.Scheduler
import org.quartz.JobBuilder
import org.quartz.TriggerBuilder
import org.quartz.impl.JobExecutionContextImpl
import org.quartz.spi.OperableTrigger
import org.quartz.spi.TriggerFiredBundle
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.util.concurrent.PollingConditions
import uk.lscb.cse.notify.Delivery
import uk.lscb.cse.notify.NoticeKind
import uk.lscb.cse.notify.NotifySpec
import uk.lscb.cse.support.DbProxy

import javax.sql.DataSource
import java.time.Instant
import java.time.LocalTime

/**
 * A board's jobs as Quartz runs them, with the database taken away mid-run: a job that meets an
 * outage runs again with growing pauses until the database is back, for as long as its day lasts.
 * Quartz runs too (its sender is what a job starts), on the same database.
 */
class OutageRetriesSpec extends NotifySpec {
    @Shared @AutoCleanup DbProxy proxy

    @Override
    Map<String, Object> properties() {
        proxy = DbProxy.toTestDatabase()
        // Pauses of 50 ms, 100 ms … at most 400 ms rather than 1 s … 5 minutes.
        super.properties() + proxy.datasource(1000) + ['cse.scheduler.enabled'      : true,
                                                       'cse.scheduler.retry-first'  : '50ms',
                                                       'cse.scheduler.retry-longest': '400ms']
    }

    def cleanup() {
        databaseBack()
    }

    /** Restores the link, lets the pool drop the connections the cut broke, and waits until it has good ones. */
    void databaseBack() {
        proxy.restore(bean(DataSource))
        eventually.eventually { assert sql('SELECT 1') == [[1]] }
    }

    /** The job as its board's trigger fires it at `due` (London time), run on a thread of its own; its failure, if any, is kept. */
    Map run(Class<? extends Job> type, String name, Instant due, long boardId) {
        def detail = JobBuilder.newJob(type).withIdentity(name, "board-$boardId").usingJobData('boardId', String.valueOf(boardId)).build()
        def trigger = BoardTriggers.cron(TriggerBuilder.newTrigger().withIdentity(name, "board-$boardId").forJob(detail),
                BoardTriggers.weekdaysAt(LocalTime.of(9, 0)), TimeZone.getTimeZone('Europe/London')) as OperableTrigger
        def bundle = new TriggerFiredBundle(detail, trigger, null, false, Date.from(due), Date.from(due), null, null)
        Map outcome = [:]
        outcome.thread = Thread.start {
            try {
                bean(type).execute(new JobExecutionContextImpl(bean(Scheduler), bundle, bean(type)))
            } catch (Throwable e) {
                outcome.failure = e
            }
        }
        outcome
    }

    def 'the #job job meets a database outage at #time and runs again until the database is back, 3 s later'() {
        given:
        long boardId = board().id()
        clock.set(time)
        proxy.cut()

        when: 'it has met the outage a fourth time (three tries in a row would have given up)'
        def log = CapturedLog.start()
        Map running = run(type, job, clock.instant(), boardId)
        eventually.eventually { assert log.lines.count { it.contains("board $boardId met a database outage") } >= 4 }
        log.close()

        then: 'still trying'
        running.thread.alive
        running.failure == null

        when:
        databaseBack()
        running.thread.join(20_000)

        then: 'it did its work, and the sender it started sent it'
        !running.thread.alive
        running.failure == null
        ledger()*.kind.contains(kind)
        new PollingConditions(timeout: 30, delay: 0.2).eventually {
            assert ledger()*.status.every { it == Delivery.Status.SENT }
        }

        where:
        job      | type           | time                   | kind
        'sweep'  | DailySweepJob  | '2016-01-11T09:00:00Z' | NoticeKind.OVERDUE
        'digest' | WeeklyDigestJob| '2016-01-11T09:00:00Z' | NoticeKind.DIGEST
    }

    def 'a job whose day is over gives up instead of running into the next'() {
        given: 'a minute to midnight in London, the database gone'
        clock.set('2016-01-11T23:59:59.900Z')
        long boardId = board().id()
        proxy.cut()

        when:
        long started = System.nanoTime()
        Map running = run(DailySweepJob, 'sweep', Instant.parse('2016-01-11T09:00:00Z'), boardId)
        running.thread.join(20_000)

        then:
        !running.thread.alive
        running.failure != null
        (System.nanoTime() - started) < 10_000_000_000L

        when:
        databaseBack()

        then:
        ledger() == []
    }
}
