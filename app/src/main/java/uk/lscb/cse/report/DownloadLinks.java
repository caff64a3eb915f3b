package uk.lscb.cse.report;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.lscb.cse.Invalid;
import uk.lscb.cse.NotFound;
import uk.lscb.cse.db.Jdbc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Short-lived, single-use download links for a report sent in Teams (a chat card cannot carry the
 * file itself without a consent card). The token is 32 random bytes in the URL; only its hash is kept.
 */
@Singleton
public class DownloadLinks {
    public static final int MINUTES = 15;
    /** A scheduled report's link waits for the coordinator to read the message: a week, still once only. */
    public static final Duration SCHEDULED = Duration.ofDays(7);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Jdbc jdbc;
    private final Clock clock;
    private final String publicUrl;

    DownloadLinks(Jdbc jdbc, Clock clock, @Nullable @Value("${cse.public-url:}") String publicUrl) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.publicUrl = publicUrl == null || publicUrl.isBlank() ? null : publicUrl.strip().replaceAll("/+$", "");
    }

    /** A file fetched through its link. */
    public record Download(String fileName, String mediaType, byte[] bytes) {
    }

    /** The URL of a new link to this file for {@code person}; it works once, for {@link #MINUTES} minutes. */
    @Transactional
    public String issue(long planId, String person, String fileName, String mediaType, byte[] bytes) {
        return issue(planId, person, fileName, mediaType, bytes, Duration.ofMinutes(MINUTES));
    }

    /** As above, for {@code ttl}. */
    @Transactional
    public String issue(long planId, String person, String fileName, String mediaType, byte[] bytes, Duration ttl) {
        if (publicUrl == null) {
            throw new Invalid("the service's public address is not set (CSE_PUBLIC_URL), so I cannot give a download"
                    + " link; ask the board manager for the report from the admin API");
        }
        byte[] token = new byte[32];
        RANDOM.nextBytes(token);
        String text = Base64.getUrlEncoder().withoutPadding().encodeToString(token);
        Instant now = clock.instant();
        jdbc.update("DELETE FROM report_download WHERE expires_at < ?", now.minus(Duration.ofDays(1)));
        jdbc.update("""
                INSERT INTO report_download (token_hash, plan_id, person, file_name, media_type, content, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", hash(text), planId, person, fileName, mediaType, bytes, now,
                now.plus(ttl));
        return publicUrl + "/reports/" + text;
    }

    /** The file, once: the link is spent by this call and its bytes dropped. */
    @Transactional
    public Download fetch(String token) {
        Instant now = clock.instant();
        String hash = hash(token);
        Download download = jdbc.one("""
                SELECT file_name, media_type, content FROM report_download
                WHERE token_hash = ? AND used_at IS NULL AND expires_at > ? FOR UPDATE""",
                rs -> new Download(rs.getString(1), rs.getString(2), rs.getBytes(3)), hash, now)
                .orElseThrow(() -> new NotFound("this report link has been used or has run out (links work once, for "
                        + MINUTES + " minutes): ask for the report again in chat with report"));
        jdbc.update("UPDATE report_download SET used_at = ?, content = NULL WHERE token_hash = ?", now, hash);
        return download;
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
