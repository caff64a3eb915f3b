package uk.lscb.cse.support

import com.nimbusds.jose.JWSAlgorithm
import com.nimbusds.jose.JWSHeader
import com.nimbusds.jose.crypto.RSASSASigner
import com.nimbusds.jose.jwk.RSAKey
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator
import com.nimbusds.jwt.JWTClaimsSet
import com.nimbusds.jwt.SignedJWT
import com.sun.net.httpserver.HttpExchange
import com.sun.net.httpserver.HttpServer
import com.sun.net.httpserver.HttpsConfigurator
import com.sun.net.httpserver.HttpsServer
import groovy.json.JsonOutput
import groovy.json.JsonSlurper

import java.time.Instant
import java.util.concurrent.ConcurrentHashMap
import java.util.concurrent.CopyOnWriteArrayList
import java.util.concurrent.Executors
import java.util.concurrent.atomic.AtomicLong

/**
 * Microsoft's side of Teams on one local port: the Bot Framework OpenID metadata and signing keys
 * (it signs Activities' tokens as the Bot Connector does), the Bot Connector (records every activity
 * the bot sends) and Microsoft Graph (users, app installs, activity notices); and on a second port,
 * over HTTPS as azure-identity insists, the Entra token endpoint.
 */
class FakeTeams implements Closeable {
    static final String ISSUER = 'https://api.botframework.com'
    /** The Azure AD object ids of the fixture's people. */
    static final Map<String, String> AAD = [pat: '11111111-1111-4111-8111-111111111111', eve: '22222222-2222-4222-8222-222222222222',
                                            cat: '33333333-3333-4333-8333-333333333333', out: '44444444-4444-4444-8444-444444444444',
                                            stranger: '55555555-5555-4555-8555-555555555555']

    final HttpServer server
    final HttpsServer entra
    final RSAKey key = new RSAKeyGenerator(2048).keyID('connector-key-1').generate()
    /** A key the connector publishes for Web Chat only: its tokens prove nothing about Teams. */
    final RSAKey webchatKey = new RSAKeyGenerator(2048).keyID('webchat-key-1').generate()
    /** A published key that lists no endorsements at all. */
    final RSAKey unendorsedKey = new RSAKeyGenerator(2048).keyID('unendorsed-key-1').generate()
    /** The published signing keys with the channels each is endorsed for (none: the member is left out), as the Bot Framework's JWKS lists them. */
    final Map<RSAKey, List<String>> published = new ConcurrentHashMap<>([(key): ['msteams', 'skype', 'webchat', 'directline'],
                                                                        (webchatKey): ['webchat'], (unendorsedKey): []])
    /** Requests for the OpenID metadata and the keys, by path: how often the service refreshed them. */
    final List<String> metadataRequests = new CopyOnWriteArrayList<>()
    /** The OpenID metadata and keys answer 503, as in an outage of login.botframework.com. */
    volatile boolean metadataDown
    /** A key the connector does not publish: tokens signed with it must be refused. */
    final RSAKey stranger = new RSAKeyGenerator(2048).keyID('connector-key-1').generate()
    /** Activities the bot sent: [method, conversation, replyTo, activity]. */
    final List<Map> sent = new CopyOnWriteArrayList<>()
    /** Graph calls: [method, path, query, body, auth]. */
    final List<Map> graph = new CopyOnWriteArrayList<>()
    /** Azure AD object id → email, as Graph knows the tenant's users. */
    final Map<String, String> users = [:]
    /** Message ids unique across runs, as Teams' are: the test database outlives a run, and remembers threads by id. */
    final AtomicLong ids = new AtomicLong(System.currentTimeMillis() * 1000)
    /** Told of each activity the bot sends (the benchmark waits on it). */
    Closure onSent
    /** Answer the next N connector calls with this status (e.g. 429). */
    final Map<Integer, Integer> failNext = [:]
    /** Token requests: [tenant, scope, clientId, secret]. */
    final List<Map> tokenRequests = new CopyOnWriteArrayList<>()
    /** Refuse the app's secret, as Entra does when it is wrong or has expired. */
    volatile boolean refusesSecret

    static {
        System.setProperty('sun.net.httpserver.nodelay', 'true')
    }

    FakeTeams() {
        server = HttpServer.create(new InetSocketAddress(InetAddress.loopbackAddress, 0), 0)
        server.executor = Executors.newFixedThreadPool(8)
        server.createContext('/openid') { metadata(it, [issuer: ISSUER, jwks_uri: "$url/keys".toString(),
                                                         id_token_signing_alg_values_supported: ['RS256']]) }
        server.createContext('/keys') { metadata(it, [keys: published.collect { k, channels ->
            k.toPublicJWK().toJSONObject() + (channels ? [endorsements: channels] : [:]) }]) }
        server.createContext('/connector/') { connector(it) }
        server.createContext('/v1.0/') { graphCall(it) }
        server.start()
        entra = HttpsServer.create(new InetSocketAddress(InetAddress.loopbackAddress, 0), 0)
        entra.httpsConfigurator = new HttpsConfigurator(SelfSignedTls.SERVER)
        entra.createContext('/') { tokenRequest(it) }
        entra.start()
    }

    String getUrl() { "http://127.0.0.1:${server.address.port}" }

    String getServiceUrl() { "$url/connector/" }

    /** The same fake connector under a host name the service does not trust: whatever reaches it was sent off the allow-list. */
    String getUntrustedServiceUrl() { "http://localhost:${server.address.port}/connector/" }

    String getAuthorityHost() { "https://127.0.0.1:${entra.address.port}" }

    /** The service's Teams settings pointing at this fake. */
    Map<String, Object> settings() {
        ['teams.app-id'             : 'bot-app-id',
         'teams.app-password'       : 'bot-secret',
         'teams.catalog-app-id'     : 'catalog-app-id',
         'teams.openid-metadata-url': "$url/openid".toString(),
         'teams.authority-host'     : authorityHost,
         'teams.service-hosts'      : url,
         'graph.url'                : "$url/v1.0".toString()]
    }

    /** Graph knows the fixture's people by their Azure AD ids. */
    void knowsFixturePeople() {
        users.putAll([(AAD.pat): 'pat@police.example', (AAD.eve): 'eve@school.example', (AAD.cat): 'cat@lscb.example',
                      (AAD.out): 'out@health.example', (AAD.stranger): 'stranger@example.org'])
    }

    void reset() {
        sent.clear()
        graph.clear()
        failNext.clear()
        tokenRequests.clear()
        refusesSecret = false
        metadataDown = false
        metadataRequests.clear()
    }

    /** A token as the Bot Connector signs it; change any claim to forge one. */
    String token(Map overrides = [:]) {
        Instant now = overrides.now ?: Instant.now()
        def claims = new JWTClaimsSet.Builder()
                .issuer(overrides.containsKey('issuer') ? overrides.issuer : ISSUER)
                .audience(overrides.containsKey('audience') ? overrides.audience : 'bot-app-id')
                .issueTime(Date.from(now.minusSeconds(60)))
                .notBeforeTime(Date.from(now.minusSeconds(60)))
                .expirationTime(Date.from(overrides.expires ?: now.plusSeconds(3600)))
                .claim('serviceurl', overrides.containsKey('serviceurl') ? overrides.serviceurl : serviceUrl)
                .build()
        RSAKey signer = overrides.signer ?: key
        def jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signer.keyID).build(), claims)
        jwt.sign(new RSASSASigner(signer))
        jwt.serialize()
    }

    /** What a sent activity shows: its summary and all card texts, as a person reads it. */
    static String shown(Map activity) {
        List<String> texts = [activity.summary ?: '']
        collect(activity.attachments, texts)
        texts.join('\n')
    }

    private static void collect(Object node, List<String> texts) {
        if (node instanceof Map) {
            node.each { k, v -> (k in ['text', 'title', 'value']) && v instanceof String ? texts << v : v instanceof String ? null : collect(v, texts) }
        } else if (node instanceof List) {
            node.each { collect(it, texts) }
        }
    }

    private void metadata(HttpExchange exchange, Map json) {
        metadataRequests << exchange.requestURI.path
        metadataDown ? send(exchange, 503, [error: 'Service Unavailable']) : send(exchange, 200, json)
    }

    private void connector(HttpExchange exchange) {
        String body = exchange.requestBody.getText('UTF-8')
        Integer fail = failNext.keySet().find { failNext[it] > 0 }
        if (fail != null) {
            failNext[fail] = failNext[fail] - 1
            exchange.responseHeaders.add('Retry-After', '0')
            send(exchange, fail, [error: [code: 'Throttled']])
            return
        }
        // /connector/v3/conversations/{id}/activities[/{replyTo}]
        List<String> parts = exchange.requestURI.rawPath.substring('/connector/v3/conversations/'.length()).split('/') as List
        String conversation = URLDecoder.decode(parts[0], 'UTF-8')
        String replyTo = parts.size() > 2 ? URLDecoder.decode(parts[2], 'UTF-8') : null
        String id = String.valueOf(ids.incrementAndGet())
        Map record = [method: exchange.requestMethod, conversation: conversation, replyTo: replyTo, id: id,
                      auth: exchange.requestHeaders.getFirst('Authorization'), activity: new JsonSlurper().parseText(body),
                      at: System.nanoTime()]
        sent << record
        onSent?.call(record)
        send(exchange, 200, [id: id])
    }

    // POST /{tenant}/oauth2/v2.0/token, a client-credentials grant: the Bot Connector's or Graph's token.
    private void tokenRequest(HttpExchange exchange) {
        Map<String, String> form = exchange.requestBody.getText('UTF-8').split('&').findAll().collectEntries {
            it.split('=', 2).collect { URLDecoder.decode(it, 'UTF-8') }
        }
        def path = exchange.requestURI.path =~ '^/([^/]+)/oauth2/v2.0/token$'
        if (!path.matches() || form.grant_type != 'client_credentials') {
            send(exchange, 400, [error: 'invalid_request', error_description: "not a client-credentials token request: $exchange.requestURI"])
            return
        }
        String tenant = path.group(1)
        String scope = form.scope?.split(' ')?.find { it.endsWith('/.default') }
        tokenRequests << [tenant: tenant, scope: scope, clientId: form.client_id, secret: form.client_secret]
        if (refusesSecret) {
            send(exchange, 401, [error: 'invalid_client', error_codes: [7000215],
                                 error_description: 'AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the'
                                         + ' request is the client secret value, not the client secret ID.\r\nTrace ID: fake\r\nTimestamp: now'])
            return
        }
        String token = scope == 'https://api.botframework.com/.default' ? 'connector-token' : "graph-token-$tenant".toString()
        send(exchange, 200, [token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: token, scope: scope])
    }

    private void graphCall(HttpExchange exchange) {
        String body = exchange.requestBody.getText('UTF-8')
        String path = exchange.requestURI.path.substring('/v1.0'.length())
        graph << [method: exchange.requestMethod, path: path, query: exchange.requestURI.query, body: body ? new JsonSlurper().parseText(body) : null,
                  auth: exchange.requestHeaders.getFirst('Authorization')]
        def user = path =~ '^/users/([^/]+)$'
        if (exchange.requestMethod == 'GET' && user.matches()) {
            String id = URLDecoder.decode(user.group(1), 'UTF-8')
            String email = users[id]
            email == null ? send(exchange, 404, [error: [code: 'Request_ResourceNotFound']])
                    : send(exchange, 200, [id: id, mail: email, userPrincipalName: email])
        } else if (exchange.requestMethod == 'GET' && path == '/users') {
            String wanted = (exchange.requestURI.query =~ /mail eq '([^']+)'/).with { it.find() ? it.group(1) : null }
            send(exchange, 200, [value: users.findAll { k, v -> v == wanted }.collect { k, v -> [id: k] }])
        } else if (path.endsWith('/teamwork/installedApps')) {
            send(exchange, 201, [id: 'installation-' + ids.incrementAndGet()])
        } else if (path.endsWith('/teamwork/sendActivityNotification')) {
            send(exchange, 204, null)
        } else {
            send(exchange, 404, [error: [code: 'NotFound']])
        }
    }

    private static void send(HttpExchange exchange, int status, Object json) {
        byte[] bytes = json == null ? new byte[0] : JsonOutput.toJson(json).getBytes('UTF-8')
        exchange.responseHeaders.add('Content-Type', 'application/json')
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length)
        if (bytes.length > 0) exchange.responseBody.write(bytes)
        exchange.close()
    }

    @Override
    void close() {
        server.stop(0)
        entra.stop(0)
    }
}
