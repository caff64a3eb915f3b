package uk.lscb.cse.api;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The environment's admin token, CSE_ADMIN_TOKEN: it belongs to no one, and bootstraps the
 * per-person tokens ({@link AdminTokens}). Without one the service makes up a token for this run
 * and prints it once on standard output, never to the log: logs are shipped and kept, and a token
 * in them would open the admin API to whoever reads them.
 */
@Singleton
class AdminToken {
    private static final Logger LOG = LoggerFactory.getLogger(AdminToken.class);
    private final byte[] token;

    AdminToken(@Value("${cse.admin-token:}") String configured) {
        String value = configured;
        if (value == null || value.isBlank()) {
            value = AdminTokens.random();
            LOG.warn("CSE_ADMIN_TOKEN is not set: a bootstrap token for this run was printed on standard output");
            System.out.println("CSE_ADMIN_TOKEN is not set. The admin API token for this run (shown once) is: " + value);
        }
        this.token = value.strip().getBytes(StandardCharsets.UTF_8);
    }

    boolean matches(String presented) {
        return presented != null
                && MessageDigest.isEqual(token, presented.strip().getBytes(StandardCharsets.UTF_8));
    }
}
