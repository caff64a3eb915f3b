package uk.lscb.cse.api

import uk.lscb.cse.support.ServiceSpec

import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.util.concurrent.Flow

/**
 * Each route takes a body of its own size, judged by its Content-Length before a byte of it is
 * read or parsed: small for what Slack and Teams send, larger for plan files.
 */
class BodyLimitsSpec extends ServiceSpec {
    static final int KB = 1024

    @Override
    Map<String, Object> properties() {
        ['cse.body-limits.chat': '8KB', 'cse.body-limits.admin': '32KB', 'cse.body-limits.files': '128KB',
         'micronaut.server.max-request-size': '128KB']
    }

    def 'a #size KB body to #path is #outcome'() {
        given:
        String slug = boardWithPeople('limits')
        String body = 'x' * (size * KB)
        String actual = path.replace('{slug}', slug)

        when:
        def reply = post(actual, body, type)

        then:
        (reply.status == 413) == refused
        !refused || reply.json.error == "the body is ${size * KB} bytes; $actual takes at most $limit (the service's $setting)".toString()

        where:
        path                               | type                                | size | limit    | setting              | refused
        '/slack/commands'                  | 'application/x-www-form-urlencoded' | 9    | 8 * KB   | 'CSE_MAX_CHAT_BODY'  | true
        '/slack/interactivity'             | 'application/x-www-form-urlencoded' | 9    | 8 * KB   | 'CSE_MAX_CHAT_BODY'  | true
        '/slack/events'                    | 'application/json'                  | 9    | 8 * KB   | 'CSE_MAX_CHAT_BODY'  | true
        '/api/messages'                    | 'application/json'                  | 9    | 8 * KB   | 'CSE_MAX_CHAT_BODY'  | true
        '/slack/events'                    | 'application/json'                  | 7    | 8 * KB   | 'CSE_MAX_CHAT_BODY'  | false
        '/api/boards/{slug}/plans'         | 'text/csv'                          | 100  | 128 * KB | 'CSE_MAX_FILE_BODY'  | false
        '/api/boards/{slug}/plans'         | 'text/csv'                          | 129  | 128 * KB | 'CSE_MAX_FILE_BODY'  | true
        '/api/boards/{slug}/people'        | 'text/csv'                          | 100  | 128 * KB | 'CSE_MAX_FILE_BODY'  | false
        '/api/plans/1/actions/1.1/updates' | 'application/json'                  | 33   | 32 * KB  | 'CSE_MAX_ADMIN_BODY' | true
        '/api/plans/1/actions/1.1/updates' | 'application/json'                  | 31   | 32 * KB  | 'CSE_MAX_ADMIN_BODY' | false

        outcome = refused ? 'refused with 413 and what the limit is' : 'read'
    }

    def 'a chat request with no Content-Length (chunked) is refused before it is read: #path'() {
        when:
        def response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:${server.port}$path"))
                .header('Content-Type', 'application/json')
                .POST(chunked('{"type": "message"}')).build(), HttpResponse.BodyHandlers.ofString())

        then:
        response.statusCode() == 411
        response.body().contains('Content-Length')

        where:
        path << ['/slack/events', '/api/messages']
    }

    /** A body publisher of unknown length: the JDK client then sends it chunked. */
    static HttpRequest.BodyPublisher chunked(String text) {
        def inner = HttpRequest.BodyPublishers.ofString(text)
        new HttpRequest.BodyPublisher() {
            long contentLength() { -1 }

            void subscribe(Flow.Subscriber<? super java.nio.ByteBuffer> subscriber) { inner.subscribe(subscriber) }
        }
    }
}
