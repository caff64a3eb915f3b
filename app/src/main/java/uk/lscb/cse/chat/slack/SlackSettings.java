package uk.lscb.cse.chat.slack;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;
import java.util.List;

/**
 * The Slack app's settings: SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN, SLACK_API_URL (tests point it at a
 * fake) and SLACK_RESPONSE_URL_HOSTS (hosts whose response_url may be called; an entry may carry a
 * scheme and port, e.g. http://127.0.0.1:8089, otherwise https is required), SLACK_READ_TIMEOUT (how long
 * to wait for Slack's answer to a call).
 */
@ConfigurationProperties("slack")
public record SlackSettings(@Nullable String signingSecret, @Nullable String botToken,
                            @Bindable(defaultValue = "https://slack.com/api/") String apiUrl,
                            @Bindable(defaultValue = "hooks.slack.com") List<String> responseUrlHosts,
                            @Bindable(defaultValue = "10s") Duration readTimeout) {
}
