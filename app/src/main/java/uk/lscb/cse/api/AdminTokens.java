package uk.lscb.cse.api;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.lscb.cse.Invalid;
import uk.lscb.cse.NotFound;
import uk.lscb.cse.audit.Actor;
import uk.lscb.cse.audit.Audit;
import uk.lscb.cse.db.Jdbc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Per-person admin tokens: made by an admin for an owner (an email), shown once, kept as their
 * SHA-256 (a token is 32 random bytes, so no salt or slow hash is needed), revoked by any admin.
 * Every change is audited under the admin who made it.
 */
@Singleton
class AdminTokens {
    /** Every board; the other scope is {@code board:<slug>}, one board's manager. */
    static final String ALL_BOARDS = "all";
    static final String ONE_BOARD = "board:";
    private static final String PREFIX = "cse_";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AdminTokenRepository tokens;
    private final Jdbc jdbc;
    private final Audit audit;
    private final Clock clock;

    AdminTokens(AdminTokenRepository tokens, Jdbc jdbc, Audit audit, Clock clock) {
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** A made token: the only time {@code token} is ever shown. */
    record Made(long id, String owner, String scope, String token, Instant createdAt) {
    }

    /** A token as listed: who owns it, who made or revoked it and when; never the secret. */
    record Listed(long id, String owner, String scope, String createdBy, Instant createdAt, Instant revokedAt,
                  String revokedBy) {
    }

    @Transactional
    Made make(String owner, String scope, Actor by) {
        if (owner == null || !EMAIL.matcher(owner.strip()).matches()) {
            throw new Invalid("say whose token it is: {\"owner\": \"<their email>\"}; updates made with it are"
                    + " recorded as that person");
        }
        String checked = scope(scope);
        String token = PREFIX + random();
        AdminTokenRow row = tokens.save(new AdminTokenRow(null, owner.strip().toLowerCase(Locale.ROOT), checked,
                sha256(token), by.who(), clock.instant(), null, null));
        audit.record(null, "admin_token", row.id(), "created", null, "owner=" + row.owner() + ", scope=" + row.scope(), by);
        return new Made(row.id(), row.owner(), row.scope(), token, row.createdAt());
    }

    /** "all" (or nothing) for every board, "board:<slug>" for one board that exists. */
    private String scope(String given) {
        String scope = given == null || given.isBlank() ? ALL_BOARDS : given.strip().toLowerCase(Locale.ROOT);
        if (scope.equals(ALL_BOARDS)) {
            return scope;
        }
        if (!scope.startsWith(ONE_BOARD)) {
            throw new Invalid("scope '" + given.strip() + "' is not a scope: send \"all\" (every board) or"
                    + " \"board:<slug>\" (one board's manager)");
        }
        String slug = scope.substring(ONE_BOARD.length());
        if (jdbc.one("SELECT id FROM board WHERE slug = ?", rs -> rs.getLong(1), slug).isEmpty()) {
            throw new Invalid("scope '" + scope + "' names no board '" + slug + "'; create it with PUT /api/boards/" + slug
                    + " first");
        }
        return scope;
    }

    @ReadOnly
    List<Listed> list() {
        return tokens.listOrderById().stream().map(t -> new Listed(t.id(), t.owner(), t.scope(), t.createdBy(),
                t.createdAt(), t.revokedAt(), t.revokedBy())).toList();
    }

    @Transactional
    void revoke(long id, Actor by) {
        AdminTokenRow row = tokens.findById(id).orElseThrow(() -> new NotFound(
                "no admin token " + id + "; GET /api/admin-tokens lists them"));
        if (row.revokedAt() != null) {
            return;
        }
        tokens.update(id, clock.instant(), by.who());
        audit.record(null, "admin_token", id, "revoked", "owner=" + row.owner(), null, by);
    }

    /** A live token's owner, and the board it is limited to (null: every board). */
    record Holder(String owner, String board) {
    }

    /** Who holds a live token, or empty (unknown or revoked). */
    @ReadOnly
    Optional<Holder> holder(String presented) {
        // A token is ~50 characters: anything far longer is not one, and is not worth hashing.
        if (presented == null || presented.length() > 200) {
            return Optional.empty();
        }
        return tokens.findByTokenHashAndRevokedAtIsNull(sha256(presented.strip())).map(row -> new Holder(row.owner(),
                row.scope().startsWith(ONE_BOARD) ? row.scope().substring(ONE_BOARD.length()) : null));
    }

    /** 32 random bytes, URL-safe: a token an operator can paste into a header. */
    static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
