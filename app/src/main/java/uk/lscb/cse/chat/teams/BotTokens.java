package uk.lscb.cse.chat.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Checks an Activity against what its bearer token proves, as the Bot Connector signs it: RS256 with
 * a key the Bot Framework publishes ({@link BotKeys}), issuer https://api.botframework.com, audience
 * the bot's app id, expiry with 5 minutes' skew, and a {@code serviceurl} claim equal to the
 * Activity's serviceUrl (so a token cannot redirect replies) — else 401. A genuine token still proves
 * only what its key is endorsed for: the Activity must come from Microsoft Teams ({@code channelId}
 * "msteams", an endorsement of the key) and name a serviceUrl on a host the bot trusts with its own
 * token ({@link ServiceHosts}) — else 403, as the Bot Framework SDK answers an unendorsed channel.
 */
@Singleton
class BotTokens {
    static final String ISSUER = "https://api.botframework.com";
    static final String TEAMS = "msteams";
    private static final Logger LOG = LoggerFactory.getLogger(BotTokens.class);
    private static final Duration SKEW = Duration.ofMinutes(5);

    private final TeamsSettings settings;
    private final BotKeys keys;
    private final ServiceHosts hosts;
    private final Clock clock;

    BotTokens(TeamsSettings settings, BotKeys keys, ServiceHosts hosts, Clock clock) {
        this.settings = settings;
        this.keys = keys;
        this.hosts = hosts;
        this.clock = clock;
    }

    /** Why an Activity is not believed: 401 (not the connector's token) or 403 (the token does not vouch for it). */
    record Refusal(int status, String reason) {
        static Refusal unauthorized(String reason) {
            return new Refusal(401, reason);
        }

        static Refusal forbidden(String reason) {
            return new Refusal(403, reason);
        }
    }

    /** Empty only for an Activity from Teams whose token is the connector's, for this bot and this serviceUrl. */
    Optional<Refusal> refusal(String authorization, JsonNode activity) {
        Optional<Refusal> refused = check(authorization, activity);
        refused.ifPresent(r -> LOG.warn("Refused a Teams request ({}): {}", r.status(), r.reason()));
        return refused;
    }

    private Optional<Refusal> check(String authorization, JsonNode activity) {
        String serviceUrl = TeamsOrigin.text(activity, "serviceUrl");
        if (!settings.configured()) {
            return Optional.of(Refusal.unauthorized("TEAMS_APP_ID and TEAMS_APP_PASSWORD are not set"));
        }
        if (authorization == null || !authorization.startsWith("Bearer ") || serviceUrl == null) {
            return Optional.of(Refusal.unauthorized("no bearer token or no serviceUrl"));
        }
        BotKeys.SigningKey key;
        try {
            SignedJWT jwt = SignedJWT.parse(authorization.substring("Bearer ".length()).strip());
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
                return Optional.of(Refusal.unauthorized("token signed with " + jwt.getHeader().getAlgorithm() + ", not RS256"));
            }
            String keyId = jwt.getHeader().getKeyID();
            key = keys.find(keyId).orElse(null);
            if (key == null) {
                return Optional.of(Refusal.unauthorized("token signed with key " + keyId + ", which the Bot Framework does not publish"));
            }
            if (!jwt.verify(new RSASSAVerifier(key.key()))) {
                return Optional.of(Refusal.unauthorized("token's signature does not match key " + keyId));
            }
            Optional<Refusal> claims = claims(jwt.getJWTClaimsSet(), serviceUrl);
            if (claims.isPresent()) {
                return claims;
            }
        } catch (ParseException | JOSEException e) {
            return Optional.of(Refusal.unauthorized("not a signed token: " + e.getMessage()));
        }
        String channel = TeamsOrigin.text(activity, "channelId");
        if (!TEAMS.equals(channel)) {
            return Optional.of(Refusal.forbidden("the activity's channelId is " + channel + ": this bot serves Microsoft Teams only"));
        }
        if (!key.endorsements().contains(channel)) {
            return Optional.of(Refusal.forbidden("signing key " + key.key().getKeyID() + " is endorsed for "
                    + new TreeSet<>(key.endorsements()) + ", not " + channel));
        }
        if (!hosts.allowed(serviceUrl)) {
            return Optional.of(Refusal.forbidden(hosts.refusal(serviceUrl)));
        }
        return Optional.empty();
    }

    // Judged on the service's Clock, so specs can move time.
    private Optional<Refusal> claims(JWTClaimsSet claims, String serviceUrl) {
        Instant now = clock.instant();
        String why = null;
        if (!ISSUER.equals(claims.getIssuer())) {
            why = "issuer " + claims.getIssuer() + " is not " + ISSUER;
        } else if (claims.getAudience() == null || !claims.getAudience().contains(settings.appId())) {
            why = "audience " + claims.getAudience() + " is not this bot";
        } else if (claims.getExpirationTime() == null || claims.getExpirationTime().toInstant().plus(SKEW).isBefore(now)) {
            why = "token expired at " + claims.getExpirationTime();
        } else if (claims.getNotBeforeTime() != null && claims.getNotBeforeTime().toInstant().minus(SKEW).isAfter(now)) {
            why = "token not valid before " + claims.getNotBeforeTime();
        } else if (!(claims.getClaim("serviceurl") instanceof String url) || !sameUrl(url, serviceUrl)) {
            why = "its token was issued for service URL " + claims.getClaim("serviceurl") + ", the activity names " + serviceUrl;
        }
        return Optional.ofNullable(why).map(Refusal::unauthorized);
    }

    private static boolean sameUrl(String a, String b) {
        return strip(a).equalsIgnoreCase(strip(b));
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
