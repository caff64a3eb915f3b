package uk.lscb.cse.chat.slack.install;

import jakarta.inject.Singleton;

/**
 * The token cipher, made from SLACK_TOKEN_KEY when first needed: a service running with one bot token
 * (SLACK_BOT_TOKEN) needs no key, while one installed per workspace refuses to start without it.
 */
@Singleton
class Ciphers {
    private final SlackAppSettings settings;
    private volatile TokenCipher cipher;

    Ciphers(SlackAppSettings settings) {
        this.settings = settings;
    }

    TokenCipher cipher() {
        if (cipher == null) {
            if (settings.tokenKey() == null || settings.tokenKey().isBlank()) {
                throw new IllegalStateException("SLACK_TOKEN_KEY is not set: workspaces' Slack tokens are stored encrypted"
                        + " under it; set it to the output of: openssl rand -base64 32");
            }
            cipher = new TokenCipher(settings.tokenKeyId(), settings.tokenKey(), settings.oldTokenKeys());
        }
        return cipher;
    }
}
