package uk.lscb.cse.chat.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Checks the bearer token on each Activity as the Bot Connector signs it: RS256 with a key from
 * the Bot Framework OpenID metadata's JWKS (cached, refreshed when an unknown key id appears),
 * issuer https://api.botframework.com, audience the bot's app id, expiry with 5 minutes' skew, and
 * a {@code serviceurl} claim equal to the Activity's serviceUrl (so a token cannot redirect replies).
 */
@Singleton
class BotTokens {
    static final String ISSUER = "https://api.botframework.com";
    private static final Logger LOG = LoggerFactory.getLogger(BotTokens.class);

    private final TeamsSettings settings;
    private final ObjectMapper json;
    private final Clock clock;
    private static final Duration SKEW = Duration.ofMinutes(5);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile DefaultJWTProcessor<SecurityContext> processor;

    BotTokens(TeamsSettings settings, ObjectMapper json, Clock clock) {
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    /** True only for a valid token for this bot whose serviceurl claim matches the Activity's. */
    boolean valid(String authorization, String serviceUrl) {
        if (!settings.configured() || authorization == null || !authorization.startsWith("Bearer ") || serviceUrl == null) {
            return false;
        }
        try {
            JWTClaimsSet claims = processor().process(authorization.substring("Bearer ".length()).strip(), null);
            Object claimed = claims.getClaim("serviceurl");
            if (!(claimed instanceof String url) || !sameUrl(url, serviceUrl)) {
                LOG.warn("Refused a Teams request: its token was issued for service URL {}, the activity names {}", claimed, serviceUrl);
                return false;
            }
            return true;
        } catch (Exception e) {
            LOG.warn("Refused a Teams request: {}", e.getMessage());
            return false;
        }
    }

    private DefaultJWTProcessor<SecurityContext> processor() throws IOException, InterruptedException {
        DefaultJWTProcessor<SecurityContext> current = processor;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (processor == null) {
                JsonNode metadata = json.readTree(http.send(HttpRequest.newBuilder(URI.create(settings.openidMetadataUrl()))
                        .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
                URL jwks = URI.create(metadata.path("jwks_uri").asText()).toURL();
                // Cached keys, refreshed when a token names a key id not seen before (the connector rotates keys).
                JWKSource<SecurityContext> keys = JWKSourceBuilder.create(jwks).retrying(true).build();
                DefaultJWTProcessor<SecurityContext> p = new DefaultJWTProcessor<>();
                p.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
                p.setJWTClaimsSetVerifier((claims, context) -> verify(claims));
                processor = p;
            }
            return processor;
        }
    }

    // Checked here rather than by nimbus's verifier so expiry is judged on the service's Clock.
    private void verify(JWTClaimsSet claims) throws BadJWTException {
        Instant now = clock.instant();
        if (!ISSUER.equals(claims.getIssuer())) {
            throw new BadJWTException("issuer " + claims.getIssuer() + " is not " + ISSUER);
        }
        if (claims.getAudience() == null || !claims.getAudience().contains(settings.appId())) {
            throw new BadJWTException("audience " + claims.getAudience() + " is not this bot");
        }
        if (claims.getExpirationTime() == null || claims.getExpirationTime().toInstant().plus(SKEW).isBefore(now)) {
            throw new BadJWTException("token expired at " + claims.getExpirationTime());
        }
        if (claims.getNotBeforeTime() != null && claims.getNotBeforeTime().toInstant().minus(SKEW).isAfter(now)) {
            throw new BadJWTException("token not valid before " + claims.getNotBeforeTime());
        }
    }

    static boolean sameUrl(String a, String b) {
        return strip(a).equalsIgnoreCase(strip(b));
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
