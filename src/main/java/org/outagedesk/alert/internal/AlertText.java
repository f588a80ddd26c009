package org.outagedesk.alert.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.outagedesk.base.PlainText;

/**
 * Text helpers of the alert intake: making monitor output readable, clipping to column sizes and
 * the hashes keys are stored under.
 */
final class AlertText {

    /** Terminal escape sequences: CSI (colours, {@code ESC[1;31m}, also as C1 U+009B), OSC up to BEL or ST, two-character escapes. */
    private static final Pattern TERMINAL_ESCAPE = Pattern.compile(
            "(?:\\e\\[|\\x{9B})[0-?]*[ -/]*[@-~]|\\e\\][^\\x07\\e]*(?:\\x07|\\e\\\\)?|\\e[ -~]?");

    private AlertText() {}

    /**
     * Multi-line monitor text as people can read it: terminal escape sequences removed, CR LF
     * made LF, and every other control character (but newline and tab) and lone surrogate dropped.
     */
    static String readable(String value) {
        if (value == null) {
            return null;
        }
        String text = PlainText.normaliseNewlines(TERMINAL_ESCAPE.matcher(value).replaceAll(""));
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == '\n' || c == '\t' || !(Character.isISOControl(c) || isSurrogate(c)))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /** One-line monitor text: {@link #readable} with newlines and tabs made spaces. */
    static String readableLine(String value) {
        return value == null ? null : readable(value).replace('\n', ' ').replace('\t', ' ');
    }

    /** Labels or annotations with readable one-line keys and readable values. */
    static Map<String, String> readable(Map<String, String> values) {
        Map<String, String> readable = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((key, value) -> readable.put(readableLine(key), readable(value)));
        }
        return readable;
    }

    static String clip(String value, int max) {
        return PlainText.clip(value, max);
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

    private static boolean isSurrogate(int codePoint) {
        return codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
    }
}
