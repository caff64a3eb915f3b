package uk.lscb.cse.bench

import groovy.json.JsonOutput
import io.micronaut.transaction.TransactionOperations
import uk.lscb.cse.chat.slack.SlackServiceSpec
import uk.lscb.cse.db.Jdbc

import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.time.Instant
import java.util.concurrent.Callable
import java.util.concurrent.ConcurrentHashMap
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit

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
    static final int ACTIONS = 2000
    static final int HISTORY = 20000
    static final int CLIENTS = 16
    static final int REQUESTS_PER_CLIENT = Integer.getInteger('bench.requests', 60)
    // Enough requests before measuring for the JIT to have compiled the hot paths.
    static final int WARMUP = Integer.getInteger('bench.warmup', 300)

    def 'status end to end on a 2,000-action plan at 16 concurrent clients'() {
        given: 'a plan of 2,000 actions across 8 themes, 20,000 history rows in all'
        long big = bigPlan()

        and: 'the workspace now points at it'
        println "plan $big: ${get("/api/plans/$big/summary").json.actions} actions"

        when:
        def floor = run('no-op (url_verification)') { String id -> signedRaw('/slack/events',
                JsonOutput.toJson([token: 'x', challenge: id, type: 'url_verification']), 'application/json') }
        def status = run('/cse status') { String id -> slashCommand('status', id) }
        def one = run('/cse status <ref>') { String id -> slashCommand("status ${1 + (id.hashCode() & 7)}.${1 + (id.hashCode() >>> 3) % 250}", id) }

        then:
        report([floor, status, one])
    }

    // Imports the plan through the API, then adds history rows in bulk (import writes one per action).
    private long bigPlan() {
        StringBuilder yaml = new StringBuilder('title: Benchmark plan\nthemes:\n')
        (1..8).each { t ->
            yaml << "  - name: Theme $t\n    actions:\n"
            (1..(ACTIONS / 8)).each { a ->
                yaml << "      - action: Action $t.$a with a realistic length of text to render in the reply\n"
                yaml << "        leads: [Police, Education]\n        timescale: ${['Sept 2015', 'March 2016', 'Ongoing', 'Dec 2016'][a % 4]}\n"
                yaml << "        rag: ${['G', 'A', 'R', 'Complete'][a % 4]}\n" << (a % 50 == 0 ? "        priority: true\n" : '')
            }
        }
        long id = post("/api/boards/$slug/plans", yaml.toString(), 'application/yaml').json.planId as long
        bean(TransactionOperations).executeWrite {
            Jdbc jdbc = bean(Jdbc)
            List<Long> actionIds = jdbc.list('SELECT id FROM action WHERE plan_id = ?', { rs -> rs.getLong(1) }, id)
            List<Object[]> rows = (0..<(HISTORY - ACTIONS)).collect { i ->
                [actionIds[i % actionIds.size()], 'AMBER', ['GREEN', 'AMBER', 'RED'][i % 3], null, "update $i",
                 'pat@police.example', 'API', null, Instant.parse('2016-01-01T10:00:00Z').plusSeconds(i)] as Object[]
            }
            rows.collate(1000).each { chunk ->
                jdbc.batch('''INSERT INTO progress_update (action_id, rag_before, rag_after, rag_wording, note, author, source,
                              channel, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)''', chunk)
            }
            jdbc.update('''UPDATE action a SET current_update_id = (SELECT MAX(p.id) FROM progress_update p WHERE p.action_id = a.id)
                           WHERE a.plan_id = ?''', id)
        }
        id
    }

    private Map<String, Long> sentAt = new ConcurrentHashMap<>()
    private Map<String, CountDownLatch> answered = new ConcurrentHashMap<>()

    private int slashCommand(String text, String id) {
        sentAt[id] = System.nanoTime()
        answered[id] = new CountDownLatch(1)
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
        slack.onResponse = { Map response -> answered[response.path.tokenize('/').last()]?.countDown() }
        slack.responses.clear()
        sentAt.clear()
        (1..WARMUP).each { request.call("warm-$it") }
        eventually.eventually { assert slack.responses.size() >= (name.startsWith("no-op") ? 0 : WARMUP) }
        slack.responses.clear()
        sentAt.clear()
        def pool = Executors.newFixedThreadPool(CLIENTS)
        List<Long> ack = Collections.synchronizedList([])
        long started = System.nanoTime()
        pool.invokeAll((1..CLIENTS).collect { c ->
            { ->
                (1..REQUESTS_PER_CLIENT).each { r ->
                    String id = "c$c-r$r"
                    long t0 = System.nanoTime()
                    assert request.call(id) == 200
                    ack << System.nanoTime() - t0
                    assert !answered[id] || answered[id].await(30, TimeUnit.SECONDS)
                }
            } as Callable
        })
        long httpDone = System.nanoTime()
        int total = CLIENTS * REQUESTS_PER_CLIENT
        List<Long> e2e = []
        if (!name.startsWith('no-op')) {
            new spock.util.concurrent.PollingConditions(timeout: 600, delay: 0.1).eventually {
                assert slack.responses.size() == total
            }
            e2e = slack.responses.collect { it.at - sentAt[it.path.tokenize('/').last()] }
        }
        long allDone = e2e ? slack.responses*.at.max() : httpDone
        pool.shutdown()
        [name: name, ack: ack.sort(), e2e: e2e.sort(), seconds: (allDone - started) / 1e9, total: total]
    }

    private static boolean report(List<Map> results) {
        println '\n| request | n | HTTP p50 ms | HTTP p99 ms | reply p50 ms | reply p99 ms | throughput req/s |'
        println '|---|---|---|---|---|---|---|'
        results.each { r ->
            println "| ${r.name} | ${r.total} | ${ms(p(r.ack, 50))} | ${ms(p(r.ack, 99))} | " +
                    "${r.e2e ? ms(p(r.e2e, 50)) : '-'} | ${r.e2e ? ms(p(r.e2e, 99)) : '-'} | ${String.format('%.0f', r.total / r.seconds)} |"
        }
        true
    }

    private static long p(List<Long> sorted, int percentile) {
        sorted[Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1)]
    }

    private static String ms(long nanos) { String.format('%.1f', nanos / 1e6) }
}
