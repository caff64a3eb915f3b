package uk.lscb.cse.bench

import groovy.json.JsonOutput
import uk.lscb.cse.chat.slack.SlackServiceSpec

import java.net.http.HttpRequest
import java.net.http.HttpResponse

/**
 * Benchmark, not a spec (surefire only runs *Spec): signed /cse status and /cse status <ref> over
 * HTTP against a plan of 2,000 actions with 20,000 history rows, 16 concurrent clients, beside a
 * no-op signed request (the framework floor). Each client behaves like a person: it sends the
 * command, gets the ack, and waits for the reply on its response_url before asking again, so
 * "reply" is the time from sending to the answer reaching Slack. Run with
 *   ./mvnw -pl app test -Dtest=SlackStatusBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * Figures are printed; there are no timing assertions.
 */
class SlackStatusBenchmark extends SlackServiceSpec {
    def 'status end to end on a 2,000-action plan at 16 concurrent clients'() {
        given: 'a plan of 2,000 actions across 8 themes, 20,000 history rows in all'
        long big = BigPlan.into(this, slug)

        and: 'the workspace now points at it'
        println "plan $big: ${get("/api/plans/$big/summary").json.actions} actions"

        when:
        def floor = run('no-op (url_verification)') { String id -> signedRaw('/slack/events',
                JsonOutput.toJson([token: 'x', challenge: id, type: 'url_verification']), 'application/json') }
        def status = run('/cse status') { String id -> slashCommand('status', id) }
        def one = run('/cse status <ref>') { String id -> slashCommand("status ${1 + (id.hashCode() & 7)}.${1 + (id.hashCode() >>> 3) % 250}", id) }

        then:
        Latency.report([floor, status, one])
    }

    private final Load load = new Load()

    private int slashCommand(String text, String id) {
        load.expect(id)
        signedRaw('/slack/commands', form(commandFields('UCAT', text, "${slack.url}/commands/T1/$id".toString())),
                'application/x-www-form-urlencoded')
    }

    private int signedRaw(String path, String body, String type) {
        long ts = clock.instant().epochSecond
        def response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:${server.port}$path"))
                .header('Content-Type', type).header('X-Slack-Request-Timestamp', String.valueOf(ts))
                .header('X-Slack-Signature', sign(SECRET, ts, body)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding())
        response.statusCode()
    }

    private Map run(String name, Closure<Integer> request) {
        slack.onResponse = { Map response -> load.replied(response.path.tokenize('/').last(), response.at as long) }
        load.run(name, request)
    }
}
