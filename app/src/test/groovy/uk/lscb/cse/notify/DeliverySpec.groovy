package uk.lscb.cse.notify

/**
 * Sending from the ledger: a crash mid-send, Slack rate limits and outages, notices overtaken by
 * events, unreadable rows, deliveries that never go through; nothing lost, nothing twice.
 * The last features take Owen out of Slack: the service remembers that for an hour.
 */
class DeliverySpec extends NotifySpec {

    def setup() {
        sweepOn('2016-01-15T09:00:00Z')            // four alerts decided, none sent yet
    }

    def 'a sender that stops after claiming, before sending: the claim runs out and the retry sends once'() {
        given: 'an instance claims the four alerts and dies'
        4.times { assert bean(DeliveryClaims).next().present }

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
        def claimed = (1..4).collect { bean(DeliveryClaims).next().get() }
        def first = claimed[0].delivery()
        server.applicationContext.getBeansOfType(Notifier).find { it.platform() == 'slack' }.send(first, board(), claimed[0].until())
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

    def 'Slack answering 429 past its retries: the delivery shows as retrying, is retried later, and arrives once'() {
        given:
        slack.retryAfterSeconds = 0
        slack.rateLimited['chat.postMessage'] = 3          // every attempt of the first pass

        when:
        def first = send()

        then:
        first.failed() >= 1
        def failed = get('/api/deliveries?status=retrying').json.findAll { it.boardId == board().id() }
        failed.size() == first.failed()
        failed[0].lastError == 'Slack is rate limiting chat.postMessage (Retry-After 1 s)'

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
        get('/api/deliveries?status=retrying').json.findAll { it.boardId == board().id() } == []
    }

    def 'Slack down for an hour: every delivery is retried with a growing wait until it goes through'() {
        given:
        slack.down = true

        when:
        send()
        clock.set('2016-01-15T09:01:00Z')
        send()
        clock.set('2016-01-15T09:03:00Z')
        send()

        then: 'three attempts each, waits of 1 then 2 minutes, all still to be retried'
        ledger().every { it.status == Delivery.Status.RETRYING && it.attempts() == 3 }
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

    def 'a #kind notice is dropped as superseded when, before it went, #what'() {
        given: 'half a minute after the sweep decided it, the coordinator updates #ref'
        clock.set('2016-01-15T09:00:30Z')
        assert postJson("/api/plans/$chasingPlan/actions/$ref/updates",
                [rag: rag, note: 'changed before the alert went', author: 'cat@lscb.example']).status == 201

        when:
        clock.set('2016-01-15T09:01:00Z')
        send()

        then:
        def notice = ledger().find { it.kind == kind }
        notice.status == outcome
        slack.posted().size() == (outcome == Delivery.Status.SUPERSEDED ? 3 : 4)

        and: 'a superseded notice is listed with why'
        outcome != Delivery.Status.SUPERSEDED ||
                get('/api/deliveries?status=superseded').json.find { it.id == notice.id }.lastError == why

        where:
        kind                | ref   | what                        | rag        || outcome                     | why
        NoticeKind.OVERDUE  | '1.1' | 'it was completed'          | 'complete' || Delivery.Status.SUPERSEDED | '1.1 is Complete now: the overdue alert no longer applies'
        NoticeKind.OVERDUE  | '1.1' | 'it went green'             | 'green'    || Delivery.Status.SUPERSEDED | '1.1 is Green now: the overdue alert no longer applies'
        NoticeKind.OVERDUE  | '1.1' | 'it went red (still late)'  | 'red'      || Delivery.Status.SENT       | null
        NoticeKind.DUE_SOON | '1.2' | 'it was completed'          | 'complete' || Delivery.Status.SUPERSEDED | '1.2 is Complete now: the reminder no longer applies'
        NoticeKind.DUE_SOON | '1.2' | 'it went amber (still due)' | 'amber'    || Delivery.Status.SENT       | null
        NoticeKind.REVIEW   | '1.3' | 'it was completed'          | 'complete' || Delivery.Status.SUPERSEDED | '1.3 is Complete now: the review prompt no longer applies'
        NoticeKind.REVIEW   | '1.3' | 'it went red'               | 'red'      || Delivery.Status.SENT       | null
        NoticeKind.STALE    | '1.5' | 'it was completed'          | 'complete' || Delivery.Status.SUPERSEDED | '1.5 is Complete now: the stale prompt no longer applies'
        NoticeKind.STALE    | '1.5' | 'it was updated'            | 'amber'    || Delivery.Status.SUPERSEDED | '1.5 was updated after the stale prompt was decided: it no longer applies'
    }

    def 'an escalation is dropped as superseded when the lead answers the alert before it goes'() {
        given: "Eve's overdue alert for 1.1 went on Friday 15 January and was not answered"
        send()

        when: 'five working days on, the sweep decides to tell Cat; Eve updates 1.1 a minute later'
        sweepOn('2016-01-22T09:00:00Z')
        clock.set('2016-01-22T09:01:00Z')
        postJson("/api/plans/$chasingPlan/actions/1.1/updates", [rag: 'amber', note: 'two schools left', author: 'eve@school.example'])
        clock.set('2016-01-22T09:02:00Z')
        send()

        then: 'Cat is not told of an alert that has been answered'
        def escalation = ledger().find { it.kind == NoticeKind.ESCALATION }
        escalation.status == Delivery.Status.SUPERSEDED
        escalation.lastError == '1.1 was updated after the escalation was decided: it no longer applies'
        !dms().any { it[0] == 'UCAT' }
    }

    def 'a stored notice that cannot be read is set aside with the reason; every other notice still goes'() {
        given: "Eve's alert was stored in a form this version cannot read"
        def eve = ledgerFor('eve@school.example')[0]
        sql('UPDATE delivery SET notice = ? WHERE id = ?', '{"type": "alert-from-a-newer-version"}', eve.id())

        when:
        def pass = send()

        then: 'the other three went'
        slack.posted().size() == 3
        pass.sent() == 3

        and: 'the unreadable one is failed for good and listed with why'
        def setAside = get('/api/deliveries?status=failed').json.find { it.id == eve.id() }
        setAside.lastError.startsWith('the stored notice cannot be read, so it was set aside:')

        and: 'later passes leave it alone'
        clock.set('2016-01-15T11:00:00Z')
        send() == new SendingDueNotices.Pass(0, 0)
    }

    def 'a lead whose email matches nobody in Slack: the failure says what to fix'() {
        given: 'Owen is no longer in the workspace (after the hour lookups are kept for)'
        slack.emails.remove('UOUT')
        clock.set('2016-01-15T11:00:00Z')

        when:
        send()

        then:
        def failed = ledger().find { it.recipient == 'out@health.example' }
        failed.status == Delivery.Status.RETRYING
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

    def 'a delivery that keeps failing is given up #when, and listed as failed for good with why'() {
        given: 'Owen has left the workspace'
        slack.emails.remove('UOUT')

        when:
        attempts.each { clock.set(it); send() }

        then:
        def owen = ledgerFor('out@health.example')[0]
        owen.status == Delivery.Status.FAILED
        owen.lastError == "no Slack user in the workspace has the recipient's email; correct the person's email or their Slack profile; $gaveUp"
        get('/api/deliveries?status=failed').json.find { it.id == owen.id }

        and: 'no more attempts'
        clock.set('2016-01-17T09:00:00Z')
        send() == new SendingDueNotices.Pass(0, 0)
        ledgerFor('out@health.example')[0].attempts == owen.attempts

        where:
        when                          | attempts                                                                            || gaveUp
        'after 12 attempts'           | (0..11).collect { java.time.Instant.parse('2016-01-15T11:00:00Z').plusSeconds(61 * 60 * it).toString() } || 'gave up after 12 attempts'
        'a day after it was decided'  | ['2016-01-15T11:00:00Z', '2016-01-16T09:00:30Z']                                    || 'gave up: not sent within 24 hours of being decided'
    }
}
