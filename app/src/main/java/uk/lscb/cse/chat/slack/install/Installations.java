package uk.lscb.cse.chat.slack.install;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.lscb.cse.db.Jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The slack_installation rows: tokens are sealed on the way in and opened on the way out
 * ({@link TokenCipher}), so nothing else ever sees the stored form. Runs in the caller's transaction.
 */
@Singleton
class Installations {
    private static final Logger LOG = LoggerFactory.getLogger(Installations.class);
    private static final String COLUMNS = "team_id, enterprise_id, team_name, app_id, bot_user_id, scopes, key_id,"
            + " bot_token, refresh_token, expires_at, installed_by";

    private final Jdbc jdbc;
    private final Ciphers ciphers;
    private final Clock clock;

    Installations(Jdbc jdbc, Ciphers ciphers, Clock clock) {
        this.jdbc = jdbc;
        this.ciphers = ciphers;
        this.clock = clock;
    }

    /** Saves the workspace's installation, replacing any earlier one (a reinstall brings new tokens). */
    void save(Installation i) {
        TokenCipher cipher = ciphers.cipher();
        jdbc.update("DELETE FROM slack_installation WHERE team_id = ?", i.teamId());
        jdbc.update("INSERT INTO slack_installation (" + COLUMNS + ", installed_at, updated_at) VALUES (" + Jdbc.marks(13) + ")",
                i.teamId(), i.enterpriseId(), i.teamName(), i.appId(), i.botUserId(), i.scopes(), cipher.currentId(),
                cipher.seal(i.botToken(), i.teamId() + "/bot"),
                i.refreshToken() == null ? null : cipher.seal(i.refreshToken(), i.teamId() + "/refresh"),
                i.expiresAt(), i.installedBy(), clock.instant(), clock.instant());
    }

    /** A refreshed token (and refresh token) for a workspace already installed. */
    void updateTokens(Installation i) {
        TokenCipher cipher = ciphers.cipher();
        jdbc.update("UPDATE slack_installation SET key_id = ?, bot_token = ?, refresh_token = ?, expires_at = ?, updated_at = ?"
                        + " WHERE team_id = ?", cipher.currentId(), cipher.seal(i.botToken(), i.teamId() + "/bot"),
                i.refreshToken() == null ? null : cipher.seal(i.refreshToken(), i.teamId() + "/refresh"), i.expiresAt(),
                clock.instant(), i.teamId());
    }

    @ReadOnly
    Optional<Installation> find(String teamId) {
        return jdbc.one("SELECT " + COLUMNS + " FROM slack_installation WHERE team_id = ?", this::row, teamId);
    }

    /** As {@link #find}, holding the row until the transaction ends: one instance refreshes a token at a time. */
    Optional<Installation> lock(String teamId) {
        return jdbc.one("SELECT " + COLUMNS + " FROM slack_installation WHERE team_id = ? FOR UPDATE", this::row, teamId);
    }

    boolean delete(String teamId) {
        return jdbc.update("DELETE FROM slack_installation WHERE team_id = ?", teamId) > 0;
    }

    /** Workspaces whose tokens are sealed under a key other than the current one. */
    @ReadOnly
    List<String> underOldKeys() {
        TokenCipher cipher = ciphers.cipher();
        List<String[]> rows = jdbc.list("SELECT team_id, key_id FROM slack_installation WHERE key_id <> ?",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, cipher.currentId());
        rows.stream().filter(row -> !cipher.knows(row[1])).findAny().ifPresent(row -> LOG.warn("Slack tokens of some"
                + " workspaces (e.g. {}) are sealed under key '{}', which this instance does not have: add it to"
                + " SLACK_OLD_TOKEN_KEYS to use and re-encrypt them", row[0], row[1]));
        return rows.stream().filter(row -> cipher.knows(row[1])).map(row -> row[0]).toList();
    }

    private Installation row(ResultSet rs) throws SQLException {
        TokenCipher cipher = ciphers.cipher();
        String team = rs.getString("team_id");
        String keyId = rs.getString("key_id");
        String refresh = rs.getString("refresh_token");
        return new Installation(team, rs.getString("enterprise_id"), rs.getString("team_name"), rs.getString("app_id"),
                rs.getString("bot_user_id"), rs.getString("scopes"), cipher.open(keyId, rs.getString("bot_token"), team + "/bot"),
                refresh == null ? null : cipher.open(keyId, refresh, team + "/refresh"), Jdbc.instant(rs, "expires_at"),
                rs.getString("installed_by"));
    }
}
