package uk.lscb.cse.chat.slack.install;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.lscb.cse.db.Jdbc;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The {@code state} of an "Add to Slack" link: {@code nonce.expiry.signature}, the signature an HMAC
 * (SLACK_STATE_SECRET) over the nonce, the expiry, the board and the admin it was issued to. The
 * nonce is stored with the board and the admin, and used once: a state that was forged, altered,
 * has expired or was used before installs nothing.
 */
@Singleton
class InstallStates {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final Jdbc jdbc;
    private final Clock clock;
    private final SlackAppSettings settings;

    InstallStates(Jdbc jdbc, Clock clock, SlackAppSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    record Issued(String state, Instant expiresAt) {
    }

    enum Problem { FORGED, EXPIRED, USED }

    /** A state that checked out (or why not): the board and admin it was issued for. */
    record Checked(Problem problem, String nonce, long boardId, String issuedBy) {
    }

    @Transactional
    Issued issue(long boardId, String issuedBy) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String nonce = B64.encodeToString(bytes);
        Instant expires = clock.instant().plus(settings.installLinkTtl());
        // Spent and expired states are of no further use: cleared as new ones are made.
        jdbc.update("DELETE FROM slack_install_state WHERE expires_at < ?", clock.instant().minus(Duration.ofDays(1)));
        jdbc.update("INSERT INTO slack_install_state (nonce, board_id, issued_by, expires_at) VALUES (?, ?, ?, ?)",
                nonce, boardId, issuedBy, expires);
        long epoch = expires.getEpochSecond();
        return new Issued(nonce + "." + epoch + "." + sign(nonce, epoch, boardId, issuedBy), Instant.ofEpochSecond(epoch));
    }

    /** What a returned state says, without using it up. */
    @Transactional
    Checked check(String state) {
        String[] parts = state == null ? new String[0] : state.split("\\.");
        if (parts.length != 3 || !parts[1].matches("\\d{1,12}")) {
            return new Checked(Problem.FORGED, null, 0, null);
        }
        long epoch = Long.parseLong(parts[1]);
        Optional<Checked> stored = jdbc.one("SELECT board_id, issued_by, used_at FROM slack_install_state WHERE nonce = ?",
                rs -> new Checked(rs.getTimestamp(3) == null ? null : Problem.USED, parts[0], rs.getLong(1), rs.getString(2)),
                parts[0]);
        if (stored.isEmpty() || !MessageDigest.isEqual(parts[2].getBytes(StandardCharsets.US_ASCII),
                sign(parts[0], epoch, stored.get().boardId(), stored.get().issuedBy()).getBytes(StandardCharsets.US_ASCII))) {
            return new Checked(Problem.FORGED, null, 0, null);
        }
        if (stored.get().problem() == null && !clock.instant().isBefore(Instant.ofEpochSecond(epoch))) {
            return new Checked(Problem.EXPIRED, parts[0], stored.get().boardId(), stored.get().issuedBy());
        }
        return stored.get();
    }

    /** Uses a checked state up; false when another request used it first. */
    @Transactional
    boolean use(String nonce) {
        return jdbc.update("UPDATE slack_install_state SET used_at = ? WHERE nonce = ? AND used_at IS NULL",
                clock.instant(), nonce) == 1;
    }

    private String sign(String nonce, long expires, long boardId, String issuedBy) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return B64.encodeToString(mac.doFinal((nonce + "|" + expires + "|" + boardId + "|" + issuedBy)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is in every JDK", e);
        }
    }

    /** SLACK_STATE_SECRET, or a key of its own derived from the client secret: never the secret itself. */
    private byte[] key() throws GeneralSecurityException {
        if (settings.stateSecret() != null && !settings.stateSecret().isBlank()) {
            return settings.stateSecret().getBytes(StandardCharsets.UTF_8);
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(settings.clientSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return mac.doFinal("cse-bot slack install state".getBytes(StandardCharsets.UTF_8));
    }
}
