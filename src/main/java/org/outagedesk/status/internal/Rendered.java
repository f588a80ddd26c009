package org.outagedesk.status.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * One rendered representation: its bytes, content type, strong ETag and last change, and the same
 * bytes gzipped once (null for small ones), for the readers whose browsers accept it: every browser
 * does, and the 90-day history makes the page ten times its old size.
 */
record Rendered(byte[] body, String contentType, String etag, Instant lastModified, byte[] gzipped) {

    /** Below this, gzip saves too little to be worth a second ETag. */
    static final int GZIP_FROM = 1024;

    static Rendered of(String text, String contentType, Instant lastModified) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return new Rendered(body, contentType, "\"" + HexFormat.of().formatHex(hash, 0, 12) + "\"", lastModified,
                    body.length < GZIP_FROM ? null : gzip(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The gzipped representation's own strong ETag (a different representation, a different tag). */
    String gzipEtag() {
        return etag.substring(0, etag.length() - 1) + "-gz\"";
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
