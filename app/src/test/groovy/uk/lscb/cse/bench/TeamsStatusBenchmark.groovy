package uk.lscb.cse.bench

import groovy.json.JsonOutput
import uk.lscb.cse.chat.teams.TeamsServiceSpec

import java.net.http.HttpRequest
import java.net.http.HttpResponse

/**
 * Benchmark, not a spec: the Teams `status` and `status <ref>` commands end to end over HTTP
 * (connector-signed Activities, replies through the fake Bot Connector) on the 2,000-action plan,
 * 16 concurrent clients each waiting for its reply, beside a no-op signed Activity (a typing
 * indicator: token checked, nothing to do). Run with
 *   ./mvnw -pl app test -Dtest=TeamsStatusBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
class TeamsStatusBenchmark extends TeamsServiceSpec {
    private final Load load = new Load()

    def 'status end to end on a 2,000-action plan at 16 concurrent clients'() {
        given:
        long big = BigPlan.into(this, slug)
        println "plan $big: ${get("/api/plans/$big/summary").json.actions} actions"
        String token = token()
        // Activity ids are unique per run (the service handles an id once): the load's own id follows the '|'.
        teams.onSent = { Map sent -> load.replied((sent.replyTo as String)?.tokenize('|')?.last(), sent.at as long) }

        when:
        def floor = load.run('no-op (typing)') { String id -> activityFrom('cat', id, [type: 'typing'], token) }
        def status = load.run('status') { String id -> load.expect(id); activityFrom('cat', id, [text: 'status'], token) }
        def one = load.run('status <ref>') { String id ->
            load.expect(id)
            activityFrom('cat', id, [text: "status ${1 + (id.hashCode() & 7)}.${1 + (id.hashCode() >>> 3) % 250}".toString()], token)
        }

        then:
        Latency.report([floor, status, one])
    }

    private int activityFrom(String who, String id, Map fields, String token) {
        String body = JsonOutput.toJson(activity(who, fields + [id: "${UUID.randomUUID()}|$id".toString()]))
        http.send(HttpRequest.newBuilder(URI.create("http://localhost:${server.port}/api/messages"))
                .header('Content-Type', 'application/json').header('Authorization', "Bearer $token")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding()).statusCode()
    }
}
