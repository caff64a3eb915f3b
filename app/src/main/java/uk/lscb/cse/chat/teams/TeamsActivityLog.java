package uk.lscb.cse.chat.teams;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.lscb.cse.db.UniqueKeys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;

/**
 * The Bot Connector delivers an Activity again when it thinks the bot missed it (Teams retrying): the
 * activity id says whether it was already handled. Teams' message ids are unique only within a
 * conversation, so the key is both; it is kept as a SHA-256 digest, so the table names no chat or person.
 */
@Singleton
class TeamsActivityLog {
    private final TeamsActivityRepository activities;
    private final Clock clock;

    TeamsActivityLog(TeamsActivityRepository activities, Clock clock) {
        this.activities = activities;
        this.clock = clock;
    }

    /** True the first time an Activity is delivered (or when it carries no id to tell), false for every repeat. */
    @Transactional
    boolean firstDelivery(JsonNode activity) {
        String conversation = TeamsOrigin.text(activity.path("conversation"), "id");
        String id = TeamsOrigin.text(activity, "id");
        if (conversation == null || id == null) {
            return true;
        }
        return UniqueKeys.inserted(() -> activities.save(new TeamsActivity(key(conversation, id), clock.instant())));
    }

    private static String key(String conversation, String id) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest((conversation + "\n" + id).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
