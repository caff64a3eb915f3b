package uk.lscb.cse.api;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The admin API's bearer token, from CSE_ADMIN_TOKEN. Without one the service makes up a token for
 * this run and logs it, so a first run works but nothing is ever open without a token.
 */
@Singleton
class AdminToken {
    private static final Logger LOG = LoggerFactory.getLogger(AdminToken.class);
    private final byte[] token;

    AdminToken(@Value("${cse.admin-token:}") String configured) {
        String value = configured;
        if (value == null || value.isBlank()) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            value = HexFormat.of().formatHex(random);
            LOG.warn("CSE_ADMIN_TOKEN is not set: the admin API token for this run is {}", value);
        }
        this.token = value.strip().getBytes(StandardCharsets.UTF_8);
    }

    boolean matches(String presented) {
        return presented != null
                && MessageDigest.isEqual(token, presented.strip().getBytes(StandardCharsets.UTF_8));
    }
}
