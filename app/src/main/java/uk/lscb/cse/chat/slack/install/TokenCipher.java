package uk.lscb.cse.chat.slack.install;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Workspaces' tokens at rest: AES-256-GCM under the current key (SLACK_TOKEN_KEY, named
 * SLACK_TOKEN_KEY_ID), a fresh 12-byte nonce each time, and the workspace and field as associated
 * data, so a sealed token copied into another row or column does not open. Older keys
 * (SLACK_OLD_TOKEN_KEYS) still open the rows sealed under them until those are re-encrypted.
 */
final class TokenCipher {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    private final String currentId;
    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();

    TokenCipher(String currentId, String currentKey, String oldKeys) {
        this.currentId = currentId.strip();
        keys.put(this.currentId, key("SLACK_TOKEN_KEY", currentKey));
        if (oldKeys != null && !oldKeys.isBlank()) {
            for (String entry : oldKeys.split(",")) {
                String[] idAndKey = entry.strip().split(":", 2);
                if (idAndKey.length != 2) {
                    throw new IllegalStateException("SLACK_OLD_TOKEN_KEYS must be id:base64-key pairs separated by commas");
                }
                keys.putIfAbsent(idAndKey[0].strip(), key("SLACK_OLD_TOKEN_KEYS key " + idAndKey[0].strip(), idAndKey[1]));
            }
        }
    }

    private static SecretKeySpec key(String name, String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64 == null ? "" : base64.strip());
        } catch (IllegalArgumentException e) {
            bytes = new byte[0];
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(name + " must be base64 of 32 random bytes, e.g. from: openssl rand -base64 32");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    String currentId() {
        return currentId;
    }

    boolean knows(String keyId) {
        return keys.containsKey(keyId);
    }

    /** The token sealed under the current key, bound to {@code context} (workspace and field). */
    String seal(String token, String context) {
        byte[] nonce = new byte[NONCE];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is in every JDK", e);
        }
    }

    /** The token sealed under key {@code keyId}; fails when the key is unknown or the text was altered. */
    String open(String keyId, String sealed, String context) {
        SecretKeySpec key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("a Slack token is sealed under key '" + keyId + "', which is neither"
                    + " SLACK_TOKEN_KEY_ID nor in SLACK_OLD_TOKEN_KEYS; add that key back to SLACK_OLD_TOKEN_KEYS");
        }
        byte[] bytes = Base64.getDecoder().decode(sealed);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(bytes, NONCE, bytes.length - NONCE), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored Slack token would not decrypt under key '" + keyId
                    + "' (a wrong key, or the row was altered); reinstall the app in that workspace", e);
        }
    }
}
