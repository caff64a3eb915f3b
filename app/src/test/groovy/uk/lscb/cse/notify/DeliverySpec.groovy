package uk.lscb.cse.notify

/** Sending from the ledger: a crash mid-send, Slack rate limits and outages; nothing lost, nothing twice. */
class DeliverySpec extends NotifySpec {

    def setup() {
        sweepOn('2016-01-15T09:00:00Z')            // four alerts decided, none sent yet
    }

    def 'a sender that stops after claiming, before sending: the claim runs out and the retry sends once'() {
        given: 'an instance claims the four alerts and dies'
        assert bean(DeliveryLedger).claim(50).size() == 4

        when: 'another sender runs while the claim still holds'
        clock.set('2016-01-15T09:01:00Z')

        then: 'it leaves them alone'
        send() == new SendingDueNotices.Pass(0, 0)
        slack.posted() == []

        when: 'the claim has run out'
        clock.set('2016-01-15T09:03:00Z')
        def pass = send()

        then: 'each goes once: Slack had none of them'
        pass == new SendingDueNotices.Pass(4, 0)
        slack.posted().size() == 4
        slack.calls('conversations.history').size() == 4
        ledger()*.status.unique() == [Delivery.Status.SENT]
    }

    def 'a sender that stops after Slack took the message, before recording it, does not send it again'() {
        given: 'an instance claims the alerts, posts the first, and dies before writing down that it did'
        def claimed = bean(DeliveryLedger).claim(50)
        def first = claimed[0].delivery()
        server.applicationContext.getBeansOfType(Notifier).find { it.platform() == 'slack' }.send(first, board())
        assert slack.posted().size() == 1

        when:
        clock.set('2016-01-15T09:03:00Z')
        def pass = send()

        then: 'the first is found in the DM by its delivery key and recorded; only the other three are posted'
        pass == new SendingDueNotices.Pass(4, 0)
        slack.posted().size() == 4
        slack.posted()*.channel.countBy { it } == [DUEVE: 1, DUPAT: 2, DUOUT: 1]
        def recorded = ledger().find { it.id == first.id() }
        recorded.status == Delivery.Status.SENT
        recorded.messageId == slack.messages['DUEVE'][0].ts
    }

    def 'Slack answering 429 past its retries: the delivery shows as failed, is retried later, and arrives once'() {
        given:
        slack.retryAfterSeconds = 0
        slack.rateLimited['chat.postMessage'] = 3          // every attempt of the first pass

        when:
        def first = send()

        then:
        first.failed() >= 1
        def failed = get('/api/deliveries?status=failed').json.findAll { it.boardId == board().id() }
        failed.size() == first.failed()
        failed[0].lastError == 'Slack could not be reached or kept refusing (see the log)'

        when: 'a retry before the backoff has passed does nothing'
        clock.set('2016-01-15T09:00:30Z')
        def early = send()

        then:
        early == new SendingDueNotices.Pass(0, 0)

        when: 'after the backoff Slack answers again'
        clock.set('2016-01-15T09:02:00Z')
        send()

        then: 'all four are sent, each once'
        ledger()*.status.unique() == [Delivery.Status.SENT]
        slack.posted().countBy { it.channel } == [DUEVE: 1, DUPAT: 2, DUOUT: 1]
        get('/api/deliveries?status=failed').json.findAll { it.boardId == board().id() } == []
    }

    def 'Slack down for an hour: every delivery is failed and retried with a growing wait until it goes through'() {
        given:
        slack.down = true

        when:
        send()
        clock.set('2016-01-15T09:01:00Z')
        send()
        clock.set('2016-01-15T09:03:00Z')
        send()

        then: 'three attempts each, waits of 1 then 2 minutes, all still failed'
        ledger().every { it.status == Delivery.Status.FAILED && it.attempts() == 3 }
        ledger()[0].nextAttemptAt() == java.time.Instant.parse('2016-01-15T09:07:00Z')
        slack.posted() == []

        when: 'Slack is back an hour later'
        slack.down = false
        clock.set('2016-01-15T10:00:00Z')
        def pass = send()

        then:
        pass == new SendingDueNotices.Pass(4, 0)
        slack.posted().size() == 4
    }

    def 'a lead whose email matches nobody in Slack: the failure says what to fix'() {
        given: 'Owen is no longer in the workspace (after the hour lookups are kept for)'
        slack.emails.remove('UOUT')
        clock.set('2016-01-15T11:00:00Z')

        when:
        send()

        then:
        def failed = ledger().find { it.recipient == 'out@health.example' }
        failed.status == Delivery.Status.FAILED
        failed.lastError == "no Slack user in the workspace has the recipient's email; correct the person's email or their Slack profile"
    }

    def 'a failed delivery is logged with the person id, never their email'() {
        given: 'Owen is no longer in the workspace'
        slack.emails.remove('UOUT')
        clock.set('2016-01-15T11:00:00Z')
        def log = new uk.lscb.cse.support.CapturedLog()

        when:
        send()

        then:
        def failed = ledger().find { it.recipient == 'out@health.example' }
        log.lines.any { it.contains("Delivery ${failed.id}") && it.contains("person ${failed.personId}") }
        !log.text.contains('out@health.example')

        cleanup:
        log?.close()
    }
}
