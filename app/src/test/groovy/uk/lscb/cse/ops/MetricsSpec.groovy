package uk.lscb.cse.ops

import uk.lscb.cse.notify.Delivery
import uk.lscb.cse.notify.NotifySpec
import uk.lscb.cse.support.SlackWorkspace

/**
 * What whoever hosts the service scrapes at /prometheus: with an admin token only, and after a
 * morning's work (a command, an update, a forged request, a digest, a delivery given up) the
 * counters an operator alerts on, and never a person's email or a progress note.
 */
class MetricsSpec extends NotifySpec {

    def 'the metrics refuse a caller without an admin token (#caller)'() {
        when:
        def reply = send('GET', '/prometheus', null, null, [Authorization: authorization])

        then:
        reply.status == 401
        !reply.body.contains('cse_')

        where:
        caller          | authorization
        'no token'      | null
        'a wrong token' | 'Bearer not-the-token'
    }

    def "a board manager's token is refused: the metrics name every board"() {
        given:
        def made = postJson('/api/admin-tokens', [owner: 'cat@lscb.example', scope: "board:$slug".toString()])
        assert made.status == 201

        when:
        def reply = send('GET', '/prometheus', null, null, [Authorization: "Bearer ${made.json.token}".toString()])

        then:
        reply.status == 403
        !reply.body.contains('cse_')
    }

    def 'after a scripted morning the scrape counts commands, updates, refusals, deliveries and jobs, and names no one'() {
        given: 'a lead asks, then updates with a note'
        clock.set('2016-01-15T10:00:00Z')
        ask('UPAT', 'status 1.2')
        ask('UPAT', 'update 1.2 amber waiting on the secret venue list')

        and: 'a forged request arrives at the Slack endpoint'
        def body = SlackWorkspace.form(slack.commandFields('UPAT', 'update 1.2 green forged note'))
        assert slack.signed('/slack/commands', body, 'application/x-www-form-urlencoded', clock.instant().epochSecond,
                'v0=' + '0' * 64).status == 401

        and: 'a note that names a child is refused by the guard, an update of an action she does not lead by its rules'
        ask('UPAT', 'note 1.2 Jane Smith DOB 03/04/2012 was seen')
        ask('UPAT', 'update 1.1 green delivered in every school')

        and: 'a forged Bot Connector Activity, and an admin call without a token'
        assert post('/api/messages', '{"type": "message", "text": "status"}', 'application/json',
                [Authorization: 'Bearer forged.jwt.token']).status == 401
        assert send('GET', "/api/boards/$slug", null, null, [Authorization: null]).status == 401

        and: "Owen has left the workspace: the sweep's alert to him is tried, then given up a day later"
        slack.emails.remove('UOUT')
        sweepOn('2016-01-15T09:00:00Z')
        clock.set('2016-01-15T11:00:00Z')
        send()
        clock.set('2016-01-16T09:00:30Z')
        send()
        assert ledgerFor('out@health.example')*.status.contains(Delivery.Status.FAILED)

        and: 'the digest goes to the channel on Monday'
        digestOnMonday()

        and: 'paths that carry an email, one with a route and one without'
        send('DELETE', "/api/boards/$slug/people/nobody@nowhere.example", null, null, [:])
        get('/no/such/page/pat@police.example')

        when:
        def scrape = get('/prometheus')

        then:
        scrape.status == 200
        def text = scrape.body
        value(text, 'cse_chat_replies_seconds_count', [platform: 'slack', command: 'status']) >= 1
        value(text, 'cse_chat_replies_seconds_count', [platform: 'slack', command: 'update']) >= 1
        value(text, 'cse_progress_updates_total', [source: 'slack']) >= 1
        value(text, 'cse_refusals_total', [reason: 'signature', source: 'slack']) == 1
        value(text, 'cse_refusals_total', [reason: 'guard', source: 'slack']) == 1
        value(text, 'cse_refusals_total', [reason: 'permission', source: 'slack']) == 1
        value(text, 'cse_refusals_total', [reason: 'token', source: 'teams']) == 1
        value(text, 'cse_refusals_total', [reason: 'token', source: 'api']) >= 1      // and the refused scrapes above
        value(text, 'cse_deliveries_total', [kind: 'digest', platform: 'slack', outcome: 'sent']) == 1
        value(text, 'cse_deliveries_total', [kind: 'stale', platform: 'slack', outcome: 'retrying']) >= 1
        value(text, 'cse_deliveries_total', [kind: 'stale', platform: 'slack', outcome: 'failed']) == 1
        value(text, 'cse_delivery_oldest_due_seconds', [:]) == 0
        text.contains('http_server_requests_seconds_bucket')
        text.contains('hikaricp_connections_active')

        and: 'no email, no note, no Slack user anywhere in it'
        !(text =~ /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z]/)
        !text.contains('secret venue')
        !text.contains('forged note')
        !text.contains('every school')
        !text.contains('Jane')
        !text.contains('UPAT')
    }

    def 'a delivery waiting to be sent shows as the age of the oldest one due'() {
        given: 'the sweep decides alerts at 09:00 and nothing sends them'
        sweepOn('2016-01-15T09:00:00Z')

        when: 'twenty minutes pass'
        clock.set('2016-01-15T09:20:00Z')

        then:
        value(get('/prometheus').body, 'cse_delivery_oldest_due_seconds', [:]) == 20 * 60
    }

    /** As {@link #value}, or 0 when there is no such sample (yet). */
    static double valueOrZero(String text, String name, Map<String, String> labels) {
        def found = text.readLines().findAll { !it.startsWith('#') && it.startsWith(name + '{') }
                .findAll { line -> labels.every { k, v -> line.contains("$k=\"$v\"") } }
        found ? value(text, name, labels) : 0
    }

    /** The value of one sample of the Prometheus text, matched by name and (a subset of) its labels. */
    static double value(String text, String name, Map<String, String> labels) {
        def samples = text.readLines().findAll { !it.startsWith('#') && (it.startsWith(name + '{') || it.startsWith(name + ' ')) }
        def matching = samples.findAll { line -> labels.every { k, v -> line.contains("$k=\"$v\"") } }
        assert matching: "no $name with $labels in:\n" + samples.join('\n')
        matching.sum { it.substring(it.lastIndexOf(' ') + 1) as double } as double
    }
}
