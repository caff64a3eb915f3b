package uk.lscb.cse.support

import com.sun.net.httpserver.HttpExchange
import com.sun.net.httpserver.HttpServer
import groovy.json.JsonOutput
import groovy.json.JsonSlurper

import java.nio.charset.StandardCharsets
import java.util.concurrent.CopyOnWriteArrayList
import java.util.concurrent.Executors
import java.util.concurrent.atomic.AtomicInteger

/**
 * A local stand-in for Slack: the Web API methods the bot calls (answering in Slack's JSON) and
 * response_url endpoints. Records every call so specs can say exactly what reached Slack.
 */
class FakeSlack implements Closeable {
    final HttpServer server
    final List<Map> calls = new CopyOnWriteArrayList<>()
    final List<Map> responses = new CopyOnWriteArrayList<>()
    final Map<String, String> emails = [:]
    /** What users.info says of a user besides their email, e.g. [is_restricted: true] for a guest or [team_id: 'T…']. */
    final Map<String, Map> profiles = [:]
    /** The workspace users belong to unless {@link #profiles} says otherwise (or the call's token is a workspace's). */
    String team
    /**
     * Bot tokens Slack has issued, by workspace they act in (installs and refreshes add to it). When
     * any are known, a call with another token is answered invalid_auth, as Slack would.
     */
    final Map<String, String> tokens = new java.util.concurrent.ConcurrentHashMap<>()
    /** Refresh tokens issued, by workspace. */
    final Map<String, String> refreshTokens = new java.util.concurrent.ConcurrentHashMap<>()
    /** What oauth.v2.access installs for a code: [team: 'T…', teamName: '…', enterprise: 'E…' or null, rotation: true/false]. */
    final Map<String, Map> installs = new java.util.concurrent.ConcurrentHashMap<>()
    static final String CLIENT_ID = '1234.5678'
    static final String CLIENT_SECRET = 'test-client-secret'
    private final AtomicInteger issued = new AtomicInteger()
    /** Shared by every fake in the run: two specs posting in one second must not make the same ts (threads are remembered by it). */
    static final AtomicInteger ts = new AtomicInteger(1000)
    /** Answer the next N calls of a method with 429 and this Retry-After. */
    final Map<String, Integer> rateLimited = [:]
    int retryAfterSeconds = 1
    /** Milliseconds a method takes to answer, as a slow Slack would. */
    final Map<String, Long> delays = new java.util.concurrent.ConcurrentHashMap<>()
    /** Told of each response_url answer as it arrives (the benchmark waits on it). */
    Closure onResponse
    /**
     * What goes wrong with the next posts after Slack has taken each message: 'slow' (the answer
     * comes after {@link #slowAnswerMillis}, past the client's read timeout), 'http 500' (Slack
     * answers 500), 'internal_error' (Slack answers ok: false, internal_error), 'reset' (the
     * connection closes with no answer).
     */
    final List<String> troubleAfterPosting = new CopyOnWriteArrayList<>()
    long slowAnswerMillis = 2000
    /** Every post is answered after this long (a busy Slack); 0 answers at once. */
    long postAnswerMillis = 0
    /** The most posts Slack was answering at one time. */
    final AtomicInteger mostPostsAtOnce = new AtomicInteger()
    private final AtomicInteger postsNow = new AtomicInteger()

    static {
        // The JDK server writes headers and body separately; without TCP_NODELAY, Nagle and delayed
        // ACKs hold each answer ~40 ms, which the benchmark would count as the service's time.
        System.setProperty('sun.net.httpserver.nodelay', 'true')
    }

    FakeSlack() {
        server = HttpServer.create(new InetSocketAddress(InetAddress.loopbackAddress, 0), 0)
        server.executor = Executors.newFixedThreadPool(8)
        server.createContext('/api/') { exchange -> api(exchange) }
        server.createContext('/commands/') { exchange -> answerResponseUrl(exchange) }
        server.createContext('/actions/') { exchange -> answerResponseUrl(exchange) }
        server.createContext('/upload/') { exchange -> upload(exchange) }
        server.start()
    }

    String getUrl() { "http://127.0.0.1:${server.address.port}" }

    String responseUrl(String id = UUID.randomUUID().toString()) { "$url/commands/T1/$id" }

    List<Map> calls(String method) { calls.findAll { it.method == method } }

    void reset() {
        calls.clear()
        responses.clear()
        rateLimited.clear()
        delays.clear()
        messages.clear()
        profiles.clear()
        uploads.clear()
        down = false
        troubleAfterPosting.clear()
        postAnswerMillis = 0
        retryAfterSeconds = 1
        mostPostsAtOnce.set(0)
    }

    /** Files the bot uploaded, by file id: [filename, length, bytes, channel (once completed), title]. */
    final Map<String, Map> uploads = new java.util.concurrent.ConcurrentHashMap<>()

    /** The upload URL files.getUploadURLExternal gave: takes the bytes, answers "OK - <length>" as Slack does. */
    private void upload(HttpExchange exchange) {
        String fileId = exchange.requestURI.path.tokenize('/').last()
        byte[] bytes = exchange.requestBody.bytes
        Map upload = uploads[fileId]
        if (upload == null || upload.length != bytes.length) {
            exchange.sendResponseHeaders(400, -1)
            exchange.close()
            return
        }
        upload.bytes = bytes
        byte[] answer = "OK - ${bytes.length}".getBytes('UTF-8')
        exchange.sendResponseHeaders(200, answer.length)
        exchange.responseBody.withStream { it.write(answer) }
    }

    /** Messages the bot posted, by channel (DMs are "D" + the user id), as conversations.history returns them. */
    final Map<String, List<Map>> messages = new java.util.concurrent.ConcurrentHashMap<>()
    /** While true every Web API call answers 503, as Slack does in an outage. */
    volatile boolean down

    /** Messages posted with chat.postMessage, in order. */
    List<Map> posted() { calls('chat.postMessage').findAll { !it.rateLimited && !it.refused }*.params }

    private void api(HttpExchange exchange) {
        String method = exchange.requestURI.path.substring('/api/'.length())
        String body = exchange.requestBody.getText('UTF-8')
        Map params = exchange.requestHeaders.getFirst('Content-Type')?.contains('json')
                ? new JsonSlurper().parseText(body) as Map : form(body)
        String auth = exchange.requestHeaders.getFirst('Authorization')
        String token = auth?.startsWith('Bearer ') ? auth.substring(7) : null
        if (method == 'oauth.v2.access') {
            calls << [method: method, params: params, at: System.currentTimeMillis()]
            send(exchange, 200, oauthAccess(params, auth))
            return
        }
        if (tokens && !tokens.containsKey(token)) {
            calls << [method: method, params: params, token: token, refused: true, at: System.currentTimeMillis()]
            send(exchange, 200, [ok: false, error: 'invalid_auth'])
            return
        }
        Long delay = delays[method]
        if (delay) {
            Thread.sleep(delay)
        }
        Integer limited = rateLimited[method]
        if (limited) {
            rateLimited[method] = limited - 1
            calls << [method: method, params: params, rateLimited: true, at: System.currentTimeMillis()]
            exchange.responseHeaders.add('Retry-After', String.valueOf(retryAfterSeconds))
            send(exchange, 429, [ok: false, error: 'ratelimited'])
            return
        }
        if (down) {
            calls << [method: method, params: params, refused: true, at: System.currentTimeMillis()]
            send(exchange, 503, [ok: false, error: 'service_unavailable'])
            return
        }
        calls << [method: method, params: params, token: token, team: tokens[token], at: System.currentTimeMillis()]
        switch (method) {
            case 'users.lookupByEmail':
                String id = emails.find { k, v -> v == params.email }?.key
                send(exchange, 200, id == null ? [ok: false, error: 'users_not_found'] : [ok: true, user: [id: id, profile: [email: params.email]]])
                break
            case 'conversations.open':
                send(exchange, 200, [ok: true, channel: [id: 'D' + params.users]])
                break
            case 'conversations.history':
                List<Map> history = (messages[params.channel] ?: []).findAll { new BigDecimal(it.ts as String) > new BigDecimal((params.oldest ?: '0') as String) }
                send(exchange, 200, [ok: true, messages: history.reverse(), has_more: false])
                break
            case 'users.info':
                String email = emails[params.user]
                send(exchange, 200, email == null ? [ok: false, error: 'user_not_found']
                        : [ok: true, user: [id: params.user, team_id: tokens[token] ?: team, is_restricted: false, is_ultra_restricted: false,
                                            profile: [email: email]] + (profiles[params.user] ?: [:])])
                break
            case 'chat.postMessage':
                if (params.channel == 'CNOTIN') {
                    send(exchange, 200, [ok: false, error: 'not_in_channel'])
                } else {
                    int now = postsNow.incrementAndGet()
                    mostPostsAtOnce.accumulateAndGet(now, Math::max)
                    String messageTs = "${System.currentTimeMillis().intdiv(1000)}.${String.format('%06d', ts.incrementAndGet())}".toString()
                    def metadata = params.metadata instanceof String ? new JsonSlurper().parseText(params.metadata) : params.metadata
                    messages.computeIfAbsent(params.channel as String) { new CopyOnWriteArrayList<Map>() } <<
                            [type: 'message', ts: messageTs, text: params.text, metadata: metadata]
                    try {
                        if (postAnswerMillis) Thread.sleep(postAnswerMillis)
                        answerTaken(exchange, [ok: true, channel: params.channel, ts: messageTs])
                    } finally {
                        postsNow.decrementAndGet()
                    }
                }
                break
            case 'files.getUploadURLExternal':
                // api.slack.com/methods/files.getUploadURLExternal: filename and length required
                if (!params.filename || !(params.length as String)?.isInteger()) {
                    send(exchange, 200, [ok: false, error: 'invalid_arguments'])
                } else {
                    String fileId = 'F' + ts.incrementAndGet()
                    uploads[fileId] = [filename: params.filename, length: params.length as int, bytes: null]
                    send(exchange, 200, [ok: true, upload_url: "$url/upload/v1/$fileId".toString(), file_id: fileId])
                }
                break
            case 'files.completeUploadExternal':
                List<Map> files = params.files instanceof String ? new JsonSlurper().parseText(params.files) as List : params.files as List
                Map upload = uploads[files[0].id]
                if (upload?.bytes == null) {
                    send(exchange, 200, [ok: false, error: 'file_not_found'])
                } else {
                    upload.channel = params.channel_id
                    upload.title = files[0].title
                    send(exchange, 200, [ok: true, files: [[id: files[0].id, title: files[0].title, name: upload.filename]]])
                }
                break
            default:
                send(exchange, 200, [ok: true])
        }
    }

    /**
     * oauth.v2.access as Slack answers it (api.slack.com/methods/oauth.v2.access): a code, once, for a
     * workspace's bot token; with token rotation on, a refresh token and expires_in, and
     * grant_type=refresh_token for the next token. The app's credentials come in the form or as Basic auth.
     */
    private Map oauthAccess(Map params, String auth) {
        String basic = auth?.startsWith('Basic ') ? new String(auth.substring(6).decodeBase64(), 'UTF-8') : null
        if ((basic ?: "${params.client_id}:${params.client_secret}") != "$CLIENT_ID:$CLIENT_SECRET") {
            return [ok: false, error: 'invalid_client_id']
        }
        if (params.grant_type == 'refresh_token') {
            String team = refreshTokens.find { k, v -> v == params.refresh_token }?.key
            return team == null ? [ok: false, error: 'invalid_refresh_token'] : [ok: true, app_id: 'A0CSEBOT'] + issue(team, true)
        }
        Map install = installs.remove(params.code as String)
        if (install == null) {
            return [ok: false, error: 'invalid_code']
        }
        [ok: true, app_id: 'A0CSEBOT', scope: 'commands,chat:write,users:read,users:read.email,channels:history,groups:history,im:history,im:write,files:write',
         bot_user_id: 'UBOT' + install.team, team: [id: install.team, name: install.teamName ?: 'Workspace ' + install.team],
         enterprise: install.enterprise ? [id: install.enterprise, name: 'Grid ' + install.enterprise] : null,
         is_enterprise_install: false,
         authed_user: [id: 'UINSTALLER']] + issue(install.team as String, install.rotation as boolean)
    }

    private Map issue(String team, boolean rotation) {
        int n = issued.incrementAndGet()
        String token = (rotation ? 'xoxe.xoxb-1-' : 'xoxb-') + "$team-$n-${UUID.randomUUID().toString().replace('-', '')}"
        tokens[token] = team
        Map answer = [access_token: token, token_type: 'bot']
        if (rotation) {
            String refresh = "xoxe-1-$team-$n-${UUID.randomUUID().toString().replace('-', '')}"
            refreshTokens[team] = refresh
            answer += [refresh_token: refresh, expires_in: 43200]
        }
        answer
    }

    /** The bot token Slack last issued for a workspace. */
    String tokenOf(String team) { tokens.findAll { k, v -> v == team }.keySet().max { tokenNumber(it) } }

    private static int tokenNumber(String token) { (token =~ /-(\d+)-[0-9a-f]{32}$/)[0][1] as int }

    /** Answers a post Slack has taken, unless a spec asked for trouble. */
    private void answerTaken(HttpExchange exchange, Map answer) {
        String trouble = troubleAfterPosting ? troubleAfterPosting.remove(0) : null
        switch (trouble) {
            case 'slow':
                Thread.sleep(slowAnswerMillis)
                try { send(exchange, 200, answer) } catch (IOException ignored) { }   // the client has given up
                break
            case 'http 500':
                send(exchange, 500, [ok: false, error: 'internal_error'])
                break
            case 'internal_error':
                send(exchange, 200, [ok: false, error: 'internal_error'])    // Slack: "some aspect of the operation may have succeeded"
                break
            case 'reset':
                // the JDK server closes the connection of a handler that fails before answering
                throw new IOException('connection reset after the request was read')
            default:
                send(exchange, 200, answer)
        }
    }

    private void answerResponseUrl(HttpExchange exchange) {
        Map response = [path: exchange.requestURI.path, at: System.nanoTime(),
                        body: new JsonSlurper().parseText(exchange.requestBody.getText('UTF-8'))]
        responses << response
        onResponse?.call(response)
        send(exchange, 200, null)
    }

    private static Map form(String body) {
        body.split('&').findAll { it }.collectEntries {
            def (k, v) = it.split('=', 2) as List
            [(URLDecoder.decode(k, 'UTF-8')): v == null ? '' : URLDecoder.decode(v, 'UTF-8')]
        }
    }

    private static void send(HttpExchange exchange, int status, Object json) {
        byte[] bytes = json == null ? 'ok'.bytes : JsonOutput.toJson(json).getBytes(StandardCharsets.UTF_8)
        exchange.responseHeaders.add('Content-Type', json == null ? 'text/plain' : 'application/json')
        exchange.sendResponseHeaders(status, bytes.length)
        exchange.responseBody.withStream { it.write(bytes) }
    }

    @Override
    void close() { server.stop(0) }
}
