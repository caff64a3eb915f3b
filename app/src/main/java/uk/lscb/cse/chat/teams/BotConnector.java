package uk.lscb.cse.chat.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * Sends activities through the Bot Connector REST API ({serviceUrl}/v3/conversations/...) with an
 * app-only token of the bot's tenant, to the trusted connector hosts only ({@link ServiceHosts}: a
 * stored or forged serviceUrl elsewhere gets nothing). 429, 412, 502 and 504 are retried with
 * backoff (Retry-After when given), three attempts in all. One call ends within {@link #LONGEST_CALL}
 * (five seconds to connect, fifteen for the answer).
 */
@Singleton
class BotConnector {
    private static final Logger LOG = LoggerFactory.getLogger(BotConnector.class);
    private static final Set<Integer> RETRIED = Set.of(429, 412, 502, 504);
    private static final int ATTEMPTS = 3;
    static final Duration LONGEST_CALL = Duration.ofSeconds(20);

    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AppTokens tokens;
    private final Clock clock;
    private final ServiceHosts hosts;

    BotConnector(TeamsSettings settings, ObjectMapper json, Clock clock, ServiceHosts hosts) {
        this.json = json;
        this.clock = clock;
        this.hosts = hosts;
        this.tokens = new AppTokens(settings, settings.connectorTenant(), "check TEAMS_APP_ID and TEAMS_APP_PASSWORD");
    }

    /** Sends an activity to a conversation (as a reply when {@code replyToId} is given); its id, or why not. */
    Sent send(String serviceUrl, String conversationId, String replyToId, Map<String, Object> activity) {
        return send(serviceUrl, conversationId, replyToId, activity, null);
    }

    /** As {@link #send}, starting no attempt that could end after {@code sendBy} and waiting out no limit past it. */
    Sent send(String serviceUrl, String conversationId, String replyToId, Map<String, Object> activity, Instant sendBy) {
        String path = "v3/conversations/" + encode(conversationId) + "/activities"
                + (replyToId == null ? "" : "/" + encode(replyToId));
        return call("POST", serviceUrl, path, activity, sendBy);
    }

    /** Replaces an activity the bot sent (a card after a button press, when not answered in the invoke). */
    Sent update(String serviceUrl, String conversationId, String activityId, Map<String, Object> activity) {
        return call("PUT", serviceUrl, "v3/conversations/" + encode(conversationId) + "/activities/" + encode(activityId),
                activity, null);
    }

    /**
     * Outcome of a call: the new activity id, or the reason it failed; {@code unclear} when Teams may
     * have taken it all the same (no answer, a 5xx), {@code retryAfter} when Teams asked for a wait.
     */
    record Sent(String id, String error, boolean unclear, Duration retryAfter) {
        static Sent ok(String id) {
            return new Sent(id, null, false, Duration.ZERO);
        }

        static Sent failed(String error, boolean unclear, Duration retryAfter) {
            return new Sent(null, error, unclear, retryAfter);
        }

        boolean ok() {
            return error == null;
        }
    }

    private Sent call(String method, String serviceUrl, String path, Map<String, Object> activity, Instant sendBy) {
        if (!hosts.allowed(serviceUrl)) {
            LOG.warn("Bot Connector {} {} not attempted: {}", method, path, hosts.refusal(serviceUrl));
            return Sent.failed(hosts.refusal(serviceUrl), false, Duration.ZERO);
        }
        String base = serviceUrl.endsWith("/") ? serviceUrl : serviceUrl + "/";
        String token;
        try {
            // Not retried here: azure-identity already retries the token endpoint's passing failures.
            token = tokens.token(AppTokens.CONNECTOR);
        } catch (AppTokens.Refused e) {
            LOG.warn("Bot Connector {} {} not attempted: {}", method, path, e.getMessage());
            return Sent.failed(e.getMessage(), false, Duration.ZERO);
        }
        for (int attempt = 1; ; attempt++) {
            if (sendBy != null && clock.instant().plus(LONGEST_CALL).isAfter(sendBy)) {
                return Sent.failed("not sent: its claim would run out before Teams answered; it goes on the next pass",
                        false, Duration.ZERO);
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(15))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json; charset=utf-8")
                        .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(activity)))
                        .build(), HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status / 100 == 2) {
                    JsonNode body = response.body().isBlank() ? null : json.readTree(response.body());
                    return Sent.ok(body == null ? null : body.path("id").asText(null));
                }
                if (status == 401) {
                    tokens.forget();    // a revoked or rotated secret: fetch a new token next time
                }
                long wait = response.headers().firstValue("Retry-After").map(BotConnector::seconds).orElse(1L << (attempt - 1));
                if (!RETRIED.contains(status) || attempt == ATTEMPTS || !allows(sendBy, wait)) {
                    LOG.warn("Bot Connector {} {} answered {}", method, path, status);
                    // A 5xx may come after Teams took the activity; 429 and 4xx are refusals.
                    return Sent.failed("Teams answered HTTP " + status, status >= 500,
                            status == 429 ? Duration.ofSeconds(wait) : Duration.ZERO);
                }
                pause(wait);
            } catch (IOException e) {
                // A connection refused never reached Teams; a timeout or a cut-off answer may have.
                boolean unclear = !(e instanceof java.net.ConnectException);
                if (attempt == ATTEMPTS || !allows(sendBy, 1L << (attempt - 1))) {
                    return Sent.failed("Teams could not be reached: " + e.getMessage(), unclear, Duration.ZERO);
                }
                pause(1L << (attempt - 1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Sent.failed("interrupted", true, Duration.ZERO);
            }
        }
    }

    private boolean allows(Instant sendBy, long waitSeconds) {
        return sendBy == null || !clock.instant().plusSeconds(Math.min(waitSeconds, 30)).plus(LONGEST_CALL).isAfter(sendBy);
    }

    // Waits as Teams asked (at most 30 s: the send runs on a worker thread, not a request thread).
    private static void pause(long seconds) {
        try {
            Thread.sleep(Math.min(seconds, 30) * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long seconds(String header) {
        try {
            return Math.max(0, Long.parseLong(header.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
