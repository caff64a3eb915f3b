package uk.lscb.cse.chat.slack.install;

import java.time.Instant;

/**
 * A workspace's installation of the app, tokens in the clear: only ever in memory. With token
 * rotation on, {@code refreshToken} and {@code expiresAt} are set (Slack's tokens then last 12 hours).
 */
record Installation(String teamId, String enterpriseId, String teamName, String appId, String botUserId, String scopes,
                    String botToken, String refreshToken, Instant expiresAt, String installedBy) {

    Installation refreshed(String token, String refresh, Instant expires) {
        return new Installation(teamId, enterpriseId, teamName, appId, botUserId, scopes, token, refresh, expires, installedBy);
    }

    @Override
    public String toString() {
        // Never the tokens: a record's default toString would print them into any log line it reached.
        return "Installation[team=" + teamId + ", enterprise=" + enterpriseId + ", app=" + appId + ", expiresAt=" + expiresAt + "]";
    }
}
