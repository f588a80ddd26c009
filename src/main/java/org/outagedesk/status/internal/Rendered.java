package org.outagedesk.status.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** One rendered representation: its bytes, content type, strong ETag and last change. */
record Rendered(byte[] body, String contentType, String etag, Instant lastModified) {

    static Rendered of(String text, String contentType, Instant lastModified) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return new Rendered(body, contentType, "\"" + HexFormat.of().formatHex(hash, 0, 12) + "\"", lastModified);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
