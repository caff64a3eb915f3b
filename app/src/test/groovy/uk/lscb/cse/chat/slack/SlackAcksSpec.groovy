package uk.lscb.cse.chat.slack

import spock.util.concurrent.PollingConditions
import uk.lscb.cse.db.TestDatabase
import uk.lscb.cse.plan.PlanFixture

import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.sql.Connection
import java.sql.DriverManager
import java.time.Duration

/**
 * Slack gives three seconds for an acknowledgement. Admin calls do their database work off the
 * server's event loop, so however long an import takes, Slack's requests are still answered. The
 * server here has one event-loop thread, as a busy server effectively does.
 */
class SlackAcksSpec extends SlackServiceSpec {

    @Override
    Map<String, Object> properties() {
        super.properties() + ['micronaut.netty.event-loops.default.num-threads': 1,
                              'micronaut.server.netty.worker.threads'          : 1]
    }

    Connection holder

    def cleanup() {
        holder?.close()
    }

    def 'a signed /cse command is acknowledged within 3 s while a plan import waits on the database'() {
        given: 'another transaction holds the board row, so an import into it waits'
        holder = DriverManager.getConnection(TestDatabase.url(), TestDatabase.username(), TestDatabase.password())
        holder.autoCommit = false
        holder.prepareStatement("SELECT id FROM board WHERE slug = '$slug' FOR UPDATE").executeQuery()
        def importing = http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:${server.port}/api/boards/$slug/plans"))
                .header('Authorization', "Bearer $TOKEN").header('Content-Type', 'application/yaml')
                .POST(HttpRequest.BodyPublishers.ofString(PlanFixture.YAML)).build(), HttpResponse.BodyHandlers.ofString())
        // A shared 2-core machine can take a while to get there: wait for the import's insert to be blocked.
        Connection watcher = DriverManager.getConnection(TestDatabase.url(), TestDatabase.username(), TestDatabase.password())
        new PollingConditions(timeout: 40, delay: 0.1).eventually {
            def waiting = watcher.createStatement().executeQuery(
                    "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE ID <> CONNECTION_ID() AND INFO LIKE '%INSERT INTO plan (%'")
            waiting.next()
            assert waiting.getInt(1) > 0
        }
        watcher.close()

        when:
        String body = form(commandFields('UEVE', 'help'))
        long ts = clock.instant().epochSecond
        long started = System.nanoTime()
        def ack = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:${server.port}/slack/commands"))
                .timeout(Duration.ofSeconds(3))
                .header('Content-Type', 'application/x-www-form-urlencoded')
                .header('X-Slack-Request-Timestamp', String.valueOf(ts)).header('X-Slack-Signature', sign(SECRET, ts, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString())
        long tookMs = (System.nanoTime() - started).intdiv(1_000_000)

        then:
        ack.statusCode() == 200
        tookMs < 3000

        when: 'the other transaction ends'
        holder.rollback()

        then: 'the import goes through'
        importing.get().statusCode() == 201
    }
}
