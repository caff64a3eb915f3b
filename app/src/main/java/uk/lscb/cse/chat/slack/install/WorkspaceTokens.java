package uk.lscb.cse.chat.slack.install;

import jakarta.inject.Singleton;
import uk.lscb.cse.chat.slack.SlackSettings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bot token for a workspace's Web API calls. With SLACK_BOT_TOKEN set the service serves one
 * workspace and that token is used for every call, as it always was. Otherwise each workspace has
 * its own, from its installation: opened once and kept in memory a few minutes (a call to Slack
 * should not wait on the database and a decryption), and refreshed before it expires when the app
 * has token rotation on.
 */
@Singleton
public class WorkspaceTokens {
    private static final Duration KEEP = Duration.ofMinutes(5);

    private final String singleToken;
    private final Installations installations;
    private final RefreshingTokens refreshing;
    private final Clock clock;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    private record Kept(String token, Instant until) {
    }

    /** No token can be had for the workspace: it has not installed the app, or its installation is gone. */
    public static final class NotInstalled extends IllegalStateException {
        NotInstalled(String team) {
            super("the Slack app is not installed in workspace " + team + "; a board manager installs it with"
                    + " POST /api/boards/<board>/slack-install");
        }
    }

    WorkspaceTokens(SlackSettings settings, Installations installations, RefreshingTokens refreshing, Clock clock) {
        this.singleToken = settings.botToken() == null || settings.botToken().isBlank() ? null : settings.botToken();
        this.installations = installations;
        this.refreshing = refreshing;
        this.clock = clock;
    }

    /** Whether the service runs with one bot token for one workspace (SLACK_BOT_TOKEN). */
    public boolean singleWorkspace() {
        return singleToken != null;
    }

    public String botToken(String team) {
        if (singleToken != null) {
            return singleToken;
        }
        if (team == null || team.isBlank()) {
            throw new NotInstalled("(none named)");
        }
        Instant now = clock.instant();
        Kept token = kept.get(team);
        if (token != null && token.until().isAfter(now)) {
            return token.token();
        }
        Installation installation = installations.find(team).orElseThrow(() -> new NotInstalled(team));
        if (RefreshingTokens.due(installation, now)) {
            installation = refreshing.refresh(team).orElseThrow(() -> new NotInstalled(team));
        }
        Instant until = now.plus(KEEP);
        if (installation.expiresAt() != null && installation.expiresAt().minus(RefreshingTokens.BEFORE).isBefore(until)) {
            until = installation.expiresAt().minus(RefreshingTokens.BEFORE);
        }
        kept.put(team, new Kept(installation.botToken(), until));
        return installation.botToken();
    }

    /** Drops what this instance keeps of a workspace's token (uninstalled, or replaced by a reinstall). */
    void forget(String team) {
        kept.remove(team);
    }
}
