package uk.lscb.cse.chat.slack.install;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.oauth.OAuthV2AccessResponse;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Token rotation: a bot token that expires within {@link #BEFORE} is exchanged for a new one
 * (oauth.v2.access, grant_type=refresh_token) while its row is locked, so that of several instances
 * one refreshes and the others read its result. A refresh Slack refuses leaves the old token to
 * serve until it expires; the failure is logged for the operator.
 */
@Singleton
class RefreshingTokens {
    private static final Logger LOG = LoggerFactory.getLogger(RefreshingTokens.class);
    /** Refreshed this long before expiry: Slack's rotating tokens last 12 hours. */
    static final Duration BEFORE = Duration.ofMinutes(30);

    private final Installations installations;
    private final SlackOAuth oauth;
    private final Clock clock;

    RefreshingTokens(Installations installations, SlackOAuth oauth, Clock clock) {
        this.installations = installations;
        this.oauth = oauth;
        this.clock = clock;
    }

    static boolean due(Installation installation, Instant now) {
        return installation.refreshToken() != null && installation.expiresAt() != null
                && !now.isBefore(installation.expiresAt().minus(BEFORE));
    }

    @Transactional
    Optional<Installation> refresh(String team) {
        Optional<Installation> locked = installations.lock(team);
        if (locked.isEmpty() || !due(locked.get(), clock.instant())) {
            return locked;          // gone, or another instance has just refreshed it
        }
        Installation installation = locked.get();
        try {
            OAuthV2AccessResponse answer = oauth.refresh(installation.refreshToken());
            if (!answer.isOk() || answer.getAccessToken() == null) {
                LOG.warn("Slack refused to refresh the bot token of workspace {}: {}", team, answer.getError());
                return locked;
            }
            Installation refreshed = installation.refreshed(answer.getAccessToken(),
                    answer.getRefreshToken() == null ? installation.refreshToken() : answer.getRefreshToken(),
                    answer.getExpiresIn() == null ? null : clock.instant().plusSeconds(answer.getExpiresIn()));
            installations.updateTokens(refreshed);
            LOG.info("Refreshed the bot token of Slack workspace {} (expires {})", team, refreshed.expiresAt());
            return Optional.of(refreshed);
        } catch (IOException | SlackApiException e) {
            LOG.warn("Could not refresh the bot token of workspace {}: {}", team, e.getMessage());
            return locked;
        }
    }
}
