package uk.lscb.cse.chat.slack.install;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * The Slack app's settings for installing it per workspace ("Add to Slack", OAuth v2): SLACK_CLIENT_ID
 * and SLACK_CLIENT_SECRET (Basic Information → App Credentials), SLACK_REDIRECT_URL (the service's
 * public https URL of /slack/oauth_redirect, also listed in the manifest), SLACK_TOKEN_KEY (base64 of
 * 32 random bytes: the AES key the workspaces' tokens are stored under) named SLACK_TOKEN_KEY_ID,
 * SLACK_OLD_TOKEN_KEYS ("id:base64,..." keys rows may still be under, while they are re-encrypted),
 * SLACK_STATE_SECRET (signs install links; by default derived from the client secret),
 * SLACK_INSTALL_LINK_TTL and SLACK_AUTHORIZE_URL (Slack's; specs point it elsewhere).
 */
@ConfigurationProperties("slack")
public record SlackAppSettings(@Nullable String clientId, @Nullable String clientSecret, @Nullable String redirectUrl,
                               @Nullable String tokenKey, @Bindable(defaultValue = "1") String tokenKeyId,
                               @Nullable String oldTokenKeys, @Nullable String stateSecret,
                               @Bindable(defaultValue = "30m") Duration installLinkTtl,
                               @Bindable(defaultValue = "https://slack.com/oauth/v2/authorize") String authorizeUrl) {

    /** The bot scopes the app asks each workspace for: the manifest's oauth_config.scopes.bot. */
    static final String SCOPES = "commands,chat:write,users:read,users:read.email,channels:history,groups:history,"
            + "im:history,im:write";

    boolean installable() {
        return clientId != null && !clientId.isBlank() && clientSecret != null && !clientSecret.isBlank();
    }
}
