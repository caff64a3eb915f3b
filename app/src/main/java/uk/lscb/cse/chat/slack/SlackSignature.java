package uk.lscb.cse.chat.slack;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;

/**
 * Slack's request signing: HMAC-SHA256 over "v0:{timestamp}:{raw body}" with the signing secret.
 * Checked on the raw bytes before anything is parsed. Unlike Bolt's own verifier, a timestamp more
 * than five minutes in the future is refused too. While the secret is being rotated, a request
 * signed with the previous one (SLACK_PREVIOUS_SIGNING_SECRET) is believed as well: Slack switches
 * to the new secret the moment it is regenerated, and the instances cannot all learn it at that moment.
 */
@Singleton
class SlackSignature {
    static final long TOLERANCE_SECONDS = 5 * 60;

    private final SlackSettings settings;
    private final Clock clock;
    private final String previousSecret;

    SlackSignature(SlackSettings settings, Clock clock,
                   @Nullable @Value("${slack.previous-signing-secret:}") String previousSecret) {
        this.settings = settings;
        this.clock = clock;
        this.previousSecret = previousSecret;
    }

    boolean valid(String timestamp, String signature, byte[] body) {
        return signedWith(settings.signingSecret(), timestamp, signature, body)
                || signedWith(previousSecret, timestamp, signature, body);
    }

    private boolean signedWith(String secret, String timestamp, String signature, byte[] body) {
        if (secret == null || secret.isBlank() || timestamp == null || signature == null) {
            return false;
        }
        long sentAt;
        try {
            sentAt = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(clock.instant().getEpochSecond() - sentAt) > TOLERANCE_SECONDS) {
            return false;
        }
        byte[] expected = ("v0=" + hmac(secret, timestamp.strip(), body)).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.US_ASCII));
    }

    static String hmac(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
