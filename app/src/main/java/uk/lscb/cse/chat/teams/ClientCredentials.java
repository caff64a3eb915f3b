package uk.lscb.cse.chat.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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

/**
 * An app-only token from an Entra token endpoint (client-credentials grant) for one scope, kept
 * until five minutes before it expires. The Bot Connector and Graph each use one.
 */
final class ClientCredentials {
    private final HttpClient http;
    private final ObjectMapper json;
    private final Clock clock;
    private final String url;
    private final String form;
    private final String hint;
    private volatile Token token;

    private record Token(String value, Instant until) {
    }

    /** {@code hint} tells an operator what to check when the endpoint refuses. */
    ClientCredentials(HttpClient http, ObjectMapper json, Clock clock, String url, String clientId, String secret,
                      String scope, String hint) {
        this.hint = hint;
        this.http = http;
        this.json = json;
        this.clock = clock;
        this.url = url;
        this.form = "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret=" + encode(secret)
                + "&scope=" + encode(scope);
    }

    /** The cached token, or a new one; IOException says why the endpoint refused. */
    String token() throws IOException, InterruptedException {
        Token current = token;
        if (current != null && current.until().isAfter(clock.instant())) {
            return current.value();
        }
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("the token endpoint " + url + " answered " + response.statusCode() + " (" + hint + ")");
        }
        JsonNode body = json.readTree(response.body());
        Token fresh = new Token(body.path("access_token").asText(),
                clock.instant().plusSeconds(Math.max(60, body.path("expires_in").asLong(3600) - 300)));
        token = fresh;
        return fresh.value();
    }

    /** Forgets the token (after a 401: a rotated secret or a revoked token). */
    void forget() {
        token = null;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
