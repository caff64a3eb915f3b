package uk.lscb.cse.schedule

import io.micronaut.context.ApplicationContext
import io.micronaut.runtime.server.EmbeddedServer
import org.quartz.TriggerBuilder
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.util.concurrent.PollingConditions
import uk.lscb.cse.notify.Delivery
import uk.lscb.cse.notify.NoticeKind
import uk.lscb.cse.notify.NotifySpec
import uk.lscb.cse.notify.SendingDueNotices

import java.time.Instant
import java.time.LocalTime
import java.time.ZoneId

/**
 * Quartz itself: triggers in the board's time zone across the clock changes, the admin view of
 * them, and two instances of the service on one database firing the same schedules.
 */
class SchedulerSpec extends NotifySpec {
    /** A second instance of the service: same database, same fake Slack, same clock. */
    @Shared @AutoCleanup ApplicationContext second

    @Override
    Map<String, Object> properties() {
        super.properties() + ['cse.scheduler.enabled': true]
    }

    def setupSpec() {
        second = ApplicationContext.builder().environments('test').properties(properties()).singletons(clock).start()
        second.getBean(EmbeddedServer).start()
    }

    PollingConditions quartz = new PollingConditions(timeout: 30, delay: 0.2)

    def 'a 09:00 weekday trigger fires at 09:00 London time before and after the clocks change'() {
        given:
        def trigger = BoardTriggers.cron(TriggerBuilder.newTrigger().startAt(Date.from(Instant.parse('2016-01-01T00:00:00Z'))),
                BoardTriggers.weekdaysAt(LocalTime.of(9, 0)),
                TimeZone.getTimeZone(ZoneId.of('Europe/London')))

        expect:
        fireTimes(trigger, from, 3) == expected

        where:
        from                   | expected
        '2016-03-24T00:00:00Z' | ['2016-03-24T09:00:00Z', '2016-03-25T09:00:00Z', '2016-03-28T08:00:00Z']   // BST from 27 March
        '2016-10-27T00:00:00Z' | ['2016-10-27T08:00:00Z', '2016-10-28T08:00:00Z', '2016-10-31T09:00:00Z']   // GMT from 30 October
    }

    def 'GET /api/schedules lists the board\'s sweep and digest with their next fire times; a new time moves them'() {
        when:
        def before = get('/api/schedules').json.findAll { it.board == slug }

        then:
        before*.job.sort() == ['digest', 'sweep']
        before.every { it.schedule == '0 0 9 ? * MON-FRI' && it.timeZone == 'Europe/London' && it.nextFire }
        get('/api/schedules').json.find { it.job == 'deliveries' }.schedule == 'every 30 s'
        get('/api/schedules').json.find { it.job == 'retention' }.with { [board, schedule, timeZone] } ==
                [null, '0 30 2 * * ?', 'Europe/London']

        when:
        def saved = put("/api/boards/$slug/schedule", [alertTime: '08:30'])

        then:
        saved.status == 200
        get('/api/schedules').json.find { it.board == slug && it.job == 'sweep' }.schedule == '0 30 8 ? * MON-FRI'
        get("/api/boards/$slug/schedule").json.alertTime == '08:30:00'
    }

    def 'a schedule change that cannot work is refused with what to do: #why'() {
        when:
        def reply = put("/api/boards/$slug/schedule", body)

        then:
        reply.status == 400
        reply.json.error == error
        get("/api/boards/$slug/schedule").json.alertTime == '09:00:00'

        where:
        why                 | body                          | error
        'not a time'        | [alertTime: '9am']            | "alertTime '9am' is not a time; use 24-hour HH:mm, e.g. 09:00"
        'the DST hour'      | [alertTime: '01:30']          | 'alertTime 01:30 falls in the hour the clocks change; choose a time outside 01:00-01:59'
        'reminder too long' | [reminderDays: 400]           | 'reminderDays must be between 0 and 90 days, not 400'
        'escalate never'    | [escalateAfterDays: 0]        | 'escalateAfterDays must be between 1 and 60 days, not 0'
    }

    def 'two instances fire the same sweep: each lead gets each alert once'() {
        given:
        clock.set('2016-01-15T09:00:00Z')

        when: 'both instances fire the board\'s sweep'
        bean(BoardTriggers).fireNow(board(), 'sweep')
        second.getBean(BoardTriggers).fireNow(board(), 'sweep')

        then: 'once both runs are over, four alerts went out, each once'
        quartz.eventually { assert manualTriggersLeft() == 0 }
        quartz.eventually { assert ledger().size() == 4 && ledger().every { it.status == Delivery.Status.SENT } }
        postedForBoard()*.key.sort() == ledger()*.key.sort()
        postedForBoard().size() == 4
    }

    def 'a sweep run by either instance is counted for the metrics by job, board and outcome, and the scheduler is not late'() {
        given:
        clock.set('2016-01-15T09:00:00Z')

        when:
        bean(BoardTriggers).fireNow(board(), 'sweep')

        then: 'whichever instance ran it counts it'
        quartz.eventually { assert manualTriggersLeft() == 0 }
        quartz.eventually {
            assert [get('/prometheus').body, scrape(second)].sum {
                uk.lscb.cse.ops.MetricsSpec.valueOrZero(it, 'cse_jobs_seconds_count', [job: 'sweep', board: slug, outcome: 'success'])
            } == 1
        }
        uk.lscb.cse.ops.MetricsSpec.value(get('/prometheus').body, 'cse_schedule_late_seconds', [:]) < 60
    }

    def 'the sending that "send the digest now" starts on the scheduler logs under the request id that asked'() {
        given: 'Monday 18 January, and Slack rate limiting every post, so the sender logs its failed attempt'
        clock.set('2016-01-18T09:00:00Z')
        slack.retryAfterSeconds = 0
        slack.rateLimited['chat.postMessage'] = 3
        def log = uk.lscb.cse.support.CapturedLog.start()

        when:
        def reply = send('POST', "/api/boards/$slug/digest", '', 'application/json', ['X-Request-Id': 'digest-now-2'])

        then:
        reply.status == 202
        quartz.eventually { assert log.events.any { it.message.startsWith('Delivery ') && it.message.contains('failed') } }
        log.events.find { it.message.startsWith('Delivery ') && it.message.contains('failed') }.mdc.request_id == 'digest-now-2'

        cleanup:
        log?.close()
    }

    String scrape(ApplicationContext instance) {
        def port = instance.getBean(EmbeddedServer).port
        def request = java.net.http.HttpRequest.newBuilder(URI.create("http://localhost:$port/prometheus"))
                .header('Authorization', "Bearer $TOKEN").build()
        http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).body()
    }

    def 'two instances fire the same digest: the channel gets it once'() {
        given: 'Monday 18 January, 09:00'
        clock.set('2016-01-18T09:00:00Z')

        when:
        bean(BoardTriggers).fireNow(board(), 'digest')
        second.getBean(BoardTriggers).fireNow(board(), 'digest')

        then:
        quartz.eventually { assert manualTriggersLeft() == 0 }
        quartz.eventually { assert ledger().findAll { it.kind == NoticeKind.DIGEST }*.status == [Delivery.Status.SENT] }
        quartz.eventually { assert ledger().every { it.status == Delivery.Status.SENT } }
        postedForBoard().findAll { it.key.contains('|DIGEST|') }.size() == 1
        postedForBoard().size() == ledger().size()
    }

    def 'a sweep and a digest fired at once on two instances: Slack gets one post at a time'() {
        given: 'Monday 18 January, 09:00; Slack takes half a second to answer each post'
        clock.set('2016-01-18T09:00:00Z')
        slack.postAnswerMillis = 500

        when:
        bean(BoardTriggers).fireNow(board(), 'sweep')
        second.getBean(BoardTriggers).fireNow(board(), 'digest')

        then: 'everything went, each once, by one sender at a time'
        quartz.eventually { assert manualTriggersLeft() == 0 }
        quartz.eventually { assert ledger().size() > 4 && ledger().every { it.status == Delivery.Status.SENT } }
        postedForBoard().size() == ledger().size()
        slack.mostPostsAtOnce.get() == 1
    }

    def 'two instances sending at once (the digest sent on demand while the sender runs): Slack gets one post at a time'() {
        given: 'the sweep has decided its alerts; Slack takes half a second to answer each post'
        clock.set('2016-01-18T09:00:00Z')
        bean(uk.lscb.cse.notify.DailySweep).run(board())
        slack.postAnswerMillis = 500

        when: 'each instance sends what is due at the same moment'
        def senders = [bean(SendingDueNotices), second.getBean(SendingDueNotices)].collect { sending ->
            Thread.start { sending.sendDue() }
        }
        senders*.join(30_000)

        then: 'everything went, each once, by one sender at a time'
        ledger().size() == 4 && ledger().every { it.status == Delivery.Status.SENT }
        postedForBoard().size() == 4
        slack.mostPostsAtOnce.get() == 1
    }

    /** One-off triggers for this board's jobs that fireNow created and Quartz has not yet run to completion. */
    int manualTriggersLeft() {
        String group = "board-${board().id()}"
        (sql("SELECT COUNT(*) FROM QRTZ_TRIGGERS WHERE TRIGGER_GROUP = 'MANUAL_TRIGGER' AND JOB_GROUP = ?", group)[0][0] as int) +
                (sql("SELECT COUNT(*) FROM QRTZ_FIRED_TRIGGERS WHERE JOB_GROUP = ?", group)[0][0] as int)
    }

    /** Messages posted for this spec's board, by the delivery key they carry. */
    List<Map> postedForBoard() {
        slack.posted().collect { [channel: it.channel, key: new groovy.json.JsonSlurper().parseText(it.metadata as String).event_payload.key] }
                .findAll { it.key.startsWith("${board().id()}|") }
    }

    private static List<String> fireTimes(org.quartz.Trigger trigger, String from, int n) {
        List<String> times = []
        Date after = Date.from(Instant.parse(from))
        n.times {
            after = trigger.getFireTimeAfter(after)
            times << after.toInstant().toString()
        }
        times
    }
}
