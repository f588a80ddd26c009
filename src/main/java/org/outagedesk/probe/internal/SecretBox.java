package org.outagedesk.probe.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts endpoint passwords at rest with AES-GCM (random 12-byte nonce per value, stored
 * before the cipher text, all base64). The key comes from configuration; without one a fixed
 * development key is derived, which is only fit for the embedded demo.
 */
final class SecretBox {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String DEVELOPMENT_SEED = "outagedesk-development-probe-key";

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    private SecretBox(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    /** A box with the base64 key, or the development key when {@code base64Key} is blank. */
    static SecretBox of(String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            return new SecretBox(developmentKey());
        }
        byte[] key = Base64.getDecoder().decode(base64Key.strip());
        if (key.length != 16 && key.length != 24 && key.length != 32) {
            throw new IllegalArgumentException("outagedesk.probe.secret-key must be 16, 24 or 32 bytes in base64");
        }
        return new SecretBox(key);
    }

    String encrypt(String secret) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce)
                    .put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** The secret, or an exception if the value was sealed with another key or altered. */
    String decrypt(String stored) {
        try {
            byte[] all = Base64.getDecoder().decode(stored);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("A stored probe password cannot be decrypted with the configured key", e);
        }
    }

    private static byte[] developmentKey() {
        try {
            return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(DEVELOPMENT_SEED
                    .getBytes(StandardCharsets.UTF_8)), 32);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
