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
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * Sends activities through the Bot Connector REST API ({serviceUrl}/v3/conversations/...) with an
 * app-only token of the bot's tenant. 429, 412, 502 and 504 are retried with backoff (Retry-After
 * when given), three attempts in all.
 */
@Singleton
class BotConnector {
    private static final Logger LOG = LoggerFactory.getLogger(BotConnector.class);
    private static final Set<Integer> RETRIED = Set.of(429, 412, 502, 504);
    private static final int ATTEMPTS = 3;

    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AppTokens tokens;

    BotConnector(TeamsSettings settings, ObjectMapper json) {
        this.json = json;
        this.tokens = new AppTokens(settings, settings.connectorTenant(), "check TEAMS_APP_ID and TEAMS_APP_PASSWORD");
    }

    /** Sends an activity to a conversation (as a reply when {@code replyToId} is given); its id, or why not. */
    Sent send(String serviceUrl, String conversationId, String replyToId, Map<String, Object> activity) {
        String path = "v3/conversations/" + encode(conversationId) + "/activities"
                + (replyToId == null ? "" : "/" + encode(replyToId));
        return call("POST", serviceUrl, path, activity);
    }

    /** Replaces an activity the bot sent (a card after a button press, when not answered in the invoke). */
    Sent update(String serviceUrl, String conversationId, String activityId, Map<String, Object> activity) {
        return call("PUT", serviceUrl, "v3/conversations/" + encode(conversationId) + "/activities/" + encode(activityId), activity);
    }

    /** Outcome of a call: the new activity id, or the reason it failed. */
    record Sent(String id, String error) {
        boolean ok() {
            return error == null;
        }
    }

    private Sent call(String method, String serviceUrl, String path, Map<String, Object> activity) {
        String base = serviceUrl.endsWith("/") ? serviceUrl : serviceUrl + "/";
        String token;
        try {
            // Not retried here: azure-identity already retries the token endpoint's passing failures.
            token = tokens.token(AppTokens.CONNECTOR);
        } catch (AppTokens.Refused e) {
            LOG.warn("Bot Connector {} {} not attempted: {}", method, path, e.getMessage());
            return new Sent(null, e.getMessage());
        }
        for (int attempt = 1; ; attempt++) {
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
                    return new Sent(body == null ? null : body.path("id").asText(null), null);
                }
                if (status == 401) {
                    tokens.forget();    // a revoked or rotated secret: fetch a new token next time
                }
                if (!RETRIED.contains(status) || attempt == ATTEMPTS) {
                    LOG.warn("Bot Connector {} {} answered {}", method, path, status);
                    return new Sent(null, "Teams answered HTTP " + status);
                }
                pause(response.headers().firstValue("Retry-After").map(BotConnector::seconds).orElse(1L << (attempt - 1)));
            } catch (IOException e) {
                if (attempt == ATTEMPTS) {
                    return new Sent(null, "Teams could not be reached: " + e.getMessage());
                }
                pause(1L << (attempt - 1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Sent(null, "interrupted");
            }
        }
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
