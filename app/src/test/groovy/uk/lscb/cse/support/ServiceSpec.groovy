package uk.lscb.cse.support

import groovy.json.JsonOutput
import groovy.json.JsonSlurper
import io.micronaut.context.ApplicationContext
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.transaction.TransactionOperations
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import spock.util.concurrent.PollingConditions
import uk.lscb.cse.db.Jdbc

import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse

/**
 * Runs the whole service over HTTP against the real database (the embedded MariaDB under
 * target/, or DATASOURCES_DEFAULT_URL when set), with a clock the spec controls. A spec adds
 * what it talks to by composing fixtures ({@link PlanBoard}, {@link SlackWorkspace},
 * {@link TeamsTenant}) and passing their settings through {@link #properties}.
 */
abstract class ServiceSpec extends Specification {
    static final String TOKEN = 'test-token'

    @Shared MutableClock clock = new MutableClock('2016-01-15T10:00:00Z')
    @Shared @AutoCleanup EmbeddedServer server
    @Shared HttpClient http = HttpClient.newHttpClient()
    /** For what the service does after it has answered (chat replies, thread updates). */
    PollingConditions eventually = new PollingConditions(timeout: 10, delay: 0.05)

    def setupSpec() {
        ApplicationContext context = ApplicationContext.builder()
                .environments('test')
                .properties(properties())
                .singletons(clock)
                .start()
        server = context.getBean(EmbeddedServer).start()
    }

    /** Settings this spec's fixtures add, e.g. where its fake Slack listens. */
    Map<String, Object> properties() { [:] }

    /** A board slug no other spec (or earlier run against the same database) uses. */
    static String uniqueSlug(String prefix) {
        "$prefix-${UUID.randomUUID().toString().substring(0, 8)}"
    }

    <T> T bean(Class<T> type) { server.applicationContext.getBean(type) }

    /** Runs SQL straight on the test database, in its own transaction: rows of a query, or the count updated. */
    def sql(String statement, Object... params) {
        bean(TransactionOperations).executeWrite {
            statement ==~ /(?is)\s*(SELECT|SHOW)\b.*/
                    ? bean(Jdbc).list(statement, { rs -> (1..rs.metaData.columnCount).collect { rs.getObject(it) } }, params)
                    : bean(Jdbc).update(statement, params)
        }
    }

    Reply get(String path, Map<String, String> headers = [:]) {
        send('GET', path, null, null, headers)
    }

    Reply put(String path, Object json) {
        send('PUT', path, JsonOutput.toJson(json), 'application/json')
    }

    /**
     * A progress update naming its "author" is sent with that person's own admin token, as the API
     * requires (an update is recorded as its token's owner); anything else with the environment token.
     */
    Reply postJson(String path, Object json) {
        String author = path.endsWith('/updates') && json instanceof Map ? json.author : null
        send('POST', path, JsonOutput.toJson(json), 'application/json',
                author ? [Authorization: "Bearer ${tokenOf(author)}".toString()] : [:])
    }

    @Shared Map<String, String> personalTokens = [:]

    /** An admin token of this person's own, made once per spec by the environment token. */
    String tokenOf(String email) {
        personalTokens.computeIfAbsent(email.toLowerCase()) {
            def made = send('POST', '/api/admin-tokens', JsonOutput.toJson([owner: email]), 'application/json')
            assert made.status == 201: made
            made.json.token as String
        }
    }

    Reply post(String path, String body, String contentType, Map<String, String> headers = [:]) {
        send('POST', path, body, contentType, headers)
    }

    Reply send(String method, String path, String body, String contentType, Map<String, String> headers = [:]) {
        def builder = HttpRequest.newBuilder(URI.create("http://localhost:${server.port}$path"))
        Map<String, String> all = ['Authorization': "Bearer $TOKEN".toString()] + headers
        all.each { k, v -> if (v != null) builder.header(k, v) }
        if (contentType) builder.header('Content-Type', contentType)
        builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        def response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString())
        new Reply(response.statusCode(), response.body(), response.headers().firstValue('Content-Type').orElse(''),
                response.headers().map())
    }

    /** A new board with the given people (CSV lines after the header). */
    String boardWithPeople(String prefix, List<String> people = []) {
        String slug = uniqueSlug(prefix)
        assert put("/api/boards/$slug", [name: "Board $slug"]).status == 201
        if (people) {
            assert post("/api/boards/$slug/people", "name,email,agency,role\n" + people.join('\n'), 'text/csv').status == 200
        }
        slug
    }

    static class Reply {
        final int status
        final String body
        final String contentType
        /** By lower-case name. */
        final Map<String, List<String>> headers

        Reply(int status, String body, String contentType, Map<String, List<String>> headers = [:]) {
            this.status = status
            this.body = body
            this.contentType = contentType
            this.headers = headers.collectEntries { k, v -> [k.toLowerCase(), v] }
        }

        def getJson() { body ? new JsonSlurper().parseText(body) : null }

        String toString() { "$status $body" }
    }
}
