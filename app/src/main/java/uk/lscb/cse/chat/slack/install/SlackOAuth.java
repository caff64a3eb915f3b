package uk.lscb.cse.chat.slack.install;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.request.oauth.OAuthV2AccessRequest;
import com.slack.api.methods.response.oauth.OAuthV2AccessResponse;
import jakarta.inject.Singleton;
import uk.lscb.cse.chat.slack.SlackSettings;

import java.io.IOException;

/** Slack's oauth.v2.access: a code exchanged for a workspace's tokens, or a refresh token for a new bot token. */
@Singleton
class SlackOAuth {
    private final SlackAppSettings app;
    private final Slack slack;

    SlackOAuth(SlackAppSettings app, SlackSettings settings) {
        this.app = app;
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.apiUrl().endsWith("/") ? settings.apiUrl() : settings.apiUrl() + "/");
        config.setHttpClientReadTimeoutMillis((int) settings.readTimeout().toMillis());
        this.slack = Slack.getInstance(config);
    }

    OAuthV2AccessResponse exchange(String code) throws IOException, SlackApiException {
        return slack.methods().oauthV2Access(OAuthV2AccessRequest.builder().clientId(app.clientId())
                .clientSecret(app.clientSecret()).code(code).redirectUri(app.redirectUrl()).build());
    }

    OAuthV2AccessResponse refresh(String refreshToken) throws IOException, SlackApiException {
        return slack.methods().oauthV2Access(OAuthV2AccessRequest.builder().clientId(app.clientId())
                .clientSecret(app.clientSecret()).grantType("refresh_token").refreshToken(refreshToken).build());
    }
}
