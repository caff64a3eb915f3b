package uk.lscb.cse.notify

import groovy.json.JsonSlurper
import io.micronaut.context.ApplicationContext
import spock.lang.AutoCleanup
import spock.lang.Shared

/**
 * Two instances of the service on one database and one fake Slack, as the crash test ran them: a
 * slow or busy Slack, or a digest with an action listed twice, never makes a notice arrive twice
 * or not at all. Slack's client gives up reading an answer after 1 s here.
 */
class ExactlyOnceSpec extends NotifySpec {
    /** The other instance: same database, same fake Slack, same clock. */
    @Shared @AutoCleanup ApplicationContext other

    @Override
    Map<String, Object> properties() {
        super.properties() + ['slack.read-timeout': '1s']
    }

    def setupSpec() {
        other = ApplicationContext.builder().environments('test').properties(properties()).singletons(clock).start()
    }

    SendingDueNotices.Pass sendOnOther() { other.getBean(SendingDueNotices).sendDue() }

    /** The delivery keys of the messages Slack took, in order. */
    List<String> keysPosted() {
        slack.posted().collect { new JsonSlurper().parseText(it.metadata as String).event_payload.key as String }
    }

    def 'Slack took a message but its answer was lost (#trouble): the retry looks on Slack first and posts nothing twice'() {
        given: 'four alerts; Slack takes the first post, then #trouble'
        sweepOn('2016-01-15T09:00:00Z')
        slack.troubleAfterPosting << trouble

        when: 'this instance sends'
        send()

        then: 'all four reached Slack, but one was not answered'
        slack.posted().size() == 4
        def unanswered = ledger().find { it.status != Delivery.Status.SENT }
        unanswered != null

        when: 'the other instance retries it two minutes later'
        clock.set('2016-01-15T09:02:00Z')
        sendOnOther()

        then: 'it asked Slack, found the message by its delivery key and recorded it: nothing was posted again'
        keysPosted().sort() == ledger()*.key.sort()
        ledger().every { it.status == Delivery.Status.SENT }
        def message = slack.messages.values().flatten().find { it.metadata.event_payload.key == unanswered.key }
        ledger().find { it.id == unanswered.id }.messageId == message.ts
        slack.calls('conversations.history').size() == 1

        where:
        trouble << ['slow', 'http 500', 'internal_error', 'reset']
    }

    def 'a sender kept waiting by Slack\'s rate limit past its claim: the other instance sends, each alert arrives once'() {
        given: 'four alerts; Slack rate-limits the first post and asks for 2 s'
        sweepOn('2016-01-15T09:00:00Z')
        slack.retryAfterSeconds = 2
        slack.rateLimited['chat.postMessage'] = 1

        when: 'this instance starts sending and is made to wait'
        def busy = Thread.start { send() }
        eventually.eventually { assert slack.calls('chat.postMessage').any { it.rateLimited } }

        and: 'three minutes on by the clock, while it still waits, the other instance starts sending: it waits its turn'
        clock.set('2016-01-15T09:03:00Z')
        sendOnOther()
        busy.join(20_000)

        then: 'the waiting sender posted nothing past its claim and set its alert for the next pass; the other sent the rest'
        def first = ledger().find { it.status != Delivery.Status.SENT }
        first.status == Delivery.Status.RETRYING
        keysPosted().sort() == (ledger()*.key - first.key).sort()

        when: 'the next pass'
        clock.set('2016-01-15T09:04:00Z')
        sendOnOther()

        then: 'each alert reached Slack once, and the ledger says so'
        keysPosted().sort() == ledger()*.key.sort()
        ledger().every { it.status == Delivery.Status.SENT }
    }

    def 'a sender whose claim ran out cannot undo what the instance that took over recorded'() {
        given: 'four alerts; this instance claims them and stalls before sending'
        sweepOn('2016-01-15T09:00:00Z')
        def stalled = (1..4).collect { bean(DeliveryClaims).next().get() }

        when: 'three minutes on the other instance takes over and sends them all'
        clock.set('2016-01-15T09:03:00Z')
        sendOnOther()

        and: 'the stalled sender wakes up and records that its sends failed'
        def recorded = stalled.collect { bean(DeliveryClaims).retry(it, 'Slack could not be reached', false, clock.instant()) }

        then: 'its claim no longer holds: the ledger still says sent, and nothing is sent again'
        recorded == [false] * 4
        ledger().every { it.status == Delivery.Status.SENT }
        clock.set('2016-01-15T09:10:00Z')
        send() == new SendingDueNotices.Pass(0, 0)
        slack.posted().size() == 4
    }

    def 'an action moved twice in the week is listed twice in the digest, and both lines arrive (a message per line)'() {
        given: 'the board has its digest as a summary and a message per line'
        assert put("/api/boards/$slug/schedule", [digestStyle: 'message-per-line']).status == 200

        and: '1.1 goes Amber → Red on Tuesday and Red → Green on Wednesday'
        clock.set('2016-01-12T10:00:00Z')
        postJson("/api/plans/$chasingPlan/actions/1.1/updates", [rag: 'red', note: 'no staff', author: 'eve@school.example'])
        clock.set('2016-01-13T10:00:00Z')
        postJson("/api/plans/$chasingPlan/actions/1.1/updates", [rag: 'green', author: 'eve@school.example'])

        when: 'Monday\'s digest is run by both instances, and both send'
        clock.set('2016-01-18T09:00:00Z')
        def preview = post("/api/boards/$slug/digest?preview=true", '', 'application/json').json
        bean(WeeklyDigest).scheduled(board())
        other.getBean(WeeklyDigest).scheduled(board())
        send()
        sendOnOther()

        then: 'the preview lists both moves'
        preview.lines.findAll { it.section == 'MOVED' }.collect { [it.action.ref, it.detail] } ==
                [['1.1', 'Amber → Red by Eve Education'], ['1.1', 'Red → Green by Eve Education']]

        and: 'the channel got the summary and every line it announced, each once'
        slack.posted().size() == 1 + preview.digest.linesShown
        preview.digest.linesShown == preview.lines.size()
        slack.posted()*.text.count { it == 'RAG moves this week: 1.1 Awareness sessions in every secondary school' } == 2
        keysPosted().unique().size() == keysPosted().size()
        ledger().every { it.status == Delivery.Status.SENT }
    }
}
