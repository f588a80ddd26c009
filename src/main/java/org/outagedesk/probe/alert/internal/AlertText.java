package org.outagedesk.probe.alert.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Text helpers of the alert intake: clipping to column sizes and the hashes keys are stored under. */
final class AlertText {

    private AlertText() {}

    static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** SHA-256 in hex: group keys and fingerprints of any length fit a fixed, unique column. */
    static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
