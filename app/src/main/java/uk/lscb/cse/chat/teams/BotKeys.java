package uk.lscb.cse.chat.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Bot Connector's signing keys, each with the channels it is endorsed for, from the JWKS the Bot
 * Framework OpenID metadata names. Kept for a day, as the Bot Framework SDKs keep them, and fetched
 * again sooner when a token names a key id not seen before (a rotation). When the metadata cannot be
 * had, the last keys fetched stay in use however old they are, and the fetch is tried again at most
 * once a minute: an outage at login.botframework.com must not refuse every Activity.
 */
@Singleton
class BotKeys {
    static final Duration LIFETIME = Duration.ofHours(24);
    static final Duration RETRY = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(BotKeys.class);

    /** A published key and the channels ({@code msteams}, {@code webchat}…) whose Activities it may sign. */
    record SigningKey(RSAKey key, Set<String> endorsements) {
    }

    private record Fetched(Map<String, SigningKey> byId, Instant at) {
    }

    private final TeamsSettings settings;
    private final ObjectMapper json;
    private final Clock clock;
    private final MeterRegistry metrics;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile Fetched keys;
    private Instant lastAttempt;

    BotKeys(TeamsSettings settings, ObjectMapper json, Clock clock, MeterRegistry metrics) {
        this.settings = settings;
        this.json = json;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** The published key with this id, fetching the keys when they are old or do not have it. */
    Optional<SigningKey> find(String keyId) {
        if (keyId == null) {
            return Optional.empty();
        }
        Fetched current = keys;
        Instant now = clock.instant();
        if (current == null || now.isAfter(current.at().plus(LIFETIME)) || !current.byId().containsKey(keyId)) {
            refresh(now);
            current = keys;
        }
        return current == null ? Optional.empty() : Optional.ofNullable(current.byId().get(keyId));
    }

    private synchronized void refresh(Instant now) {
        Fetched current = keys;
        boolean triedJustNow = lastAttempt != null && !now.isBefore(lastAttempt) && now.isBefore(lastAttempt.plus(RETRY));
        if (current != null && triedJustNow) {
            return;    // another request tried a moment ago (or is an unknown key id someone made up)
        }
        lastAttempt = now;
        try {
            keys = new Fetched(fetch(), now);
            metrics.counter("cse.teams.key.refreshes", "outcome", "success").increment();
        } catch (IOException | ParseException | RuntimeException e) {
            metrics.counter("cse.teams.key.refreshes", "outcome", "failure").increment();
            LOG.warn("Could not fetch the Bot Framework signing keys from {} ({}): {}; check TEAMS_OPENID_METADATA_URL and"
                    + " that the service can reach it", settings.openidMetadataUrl(),
                    current == null ? "no keys yet: Teams requests are refused" : "still using the keys fetched at " + current.at(),
                    e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Map<String, SigningKey> fetch() throws IOException, InterruptedException, ParseException {
        String jwksUri = get(settings.openidMetadataUrl()).path("jwks_uri").asText(null);
        if (jwksUri == null) {
            throw new IOException("the OpenID metadata names no jwks_uri");
        }
        Map<String, SigningKey> byId = new HashMap<>();
        for (JsonNode published : get(jwksUri).path("keys")) {
            // The endorsements are the Bot Framework's own member: read beside the key, which nimbus parses.
            if (JWK.parse(json.writeValueAsString(published)) instanceof RSAKey key && key.getKeyID() != null
                    && (key.getKeyUse() == null || KeyUse.SIGNATURE.equals(key.getKeyUse()))) {
                Set<String> endorsements = new HashSet<>();
                published.path("endorsements").forEach(channel -> endorsements.add(channel.asText()));
                byId.put(key.getKeyID(), new SigningKey(key, Set.copyOf(endorsements)));
            }
        }
        if (byId.isEmpty()) {
            throw new IOException(jwksUri + " lists no RSA signing keys");
        }
        return Map.copyOf(byId);
    }

    private JsonNode get(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(url + " answered HTTP " + response.statusCode());
        }
        return json.readTree(response.body());
    }
}
