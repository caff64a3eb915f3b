package uk.lscb.cse.chat.slack.install;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.util.concurrent.CompletableFuture;

/**
 * Key rotation: at start, every installation still sealed under an old key (SLACK_OLD_TOKEN_KEYS) is
 * sealed again under the current one (SLACK_TOKEN_KEY), one row at a time, locked while it is done.
 * The log says how many were left; once none are, the old key can be dropped from the environment.
 */
@Singleton
class ReEncrypting {
    private static final Logger LOG = LoggerFactory.getLogger(ReEncrypting.class);

    private final SlackAppSettings settings;
    private final Installations installations;
    private final TransactionOperations<Connection> transactions;

    ReEncrypting(SlackAppSettings settings, Installations installations, TransactionOperations<Connection> transactions) {
        this.settings = settings;
        this.installations = installations;
        this.transactions = transactions;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (settings.tokenKey() == null || settings.tokenKey().isBlank()) {
            return;
        }
        // Off the start: a slow or absent database must not hold the service up.
        CompletableFuture.runAsync(() -> {
            try {
                int done = run();
                if (done > 0) {
                    LOG.info("Re-encrypted the Slack tokens of {} workspaces under key {}", done, settings.tokenKeyId());
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not re-encrypt Slack tokens under the current key now ({}); tried again at the next start",
                        e.getMessage());
            }
        });
    }

    /** Workspaces re-encrypted. */
    int run() {
        int done = 0;
        for (String team : transactions.executeRead(status -> installations.underOldKeys())) {
            boolean resealed = transactions.executeWrite(status -> installations.lock(team).map(installation -> {
                installations.updateTokens(installation);
                return true;
            }).orElse(false));
            done += resealed ? 1 : 0;
        }
        return done;
    }
}
