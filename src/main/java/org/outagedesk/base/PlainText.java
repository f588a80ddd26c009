package org.outagedesk.base;

/**
 * The rules every free text people type must meet before it is stored, shared so each module
 * refuses the same things with its own message. Text is stored as typed apart from two documented
 * normalisations: surrounding white space is stripped, and in multi-line text CR LF and lone CR
 * become LF. Control characters (C0, DEL, C1; in multi-line text all but LF and tab) and lone
 * UTF-16 surrogates are refused: they cannot be stored in MariaDB's utf8mb4 as typed, are invalid
 * in XML (the Atom feed) and can split mail headers. Markup, emoji, bidi and every other
 * character are stored as typed and escaped where shown.
 */
public final class PlainText {

    private PlainText() {}

    /** Single-line text (titles, names, targets): no control character at all, no lone surrogate. */
    public static boolean isSingleLine(String text) {
        return text == null || text.codePoints().noneMatch(c -> Character.isISOControl(c) || isSurrogate(c));
    }

    /** Multi-line text: newline and tab allowed; other control characters and lone surrogates not. */
    public static boolean isMultiLine(String text) {
        return text == null || text.codePoints()
                .noneMatch(c -> (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r') || isSurrogate(c));
    }

    /** CR LF and lone CR become LF, as browsers send text areas and mail clients paste. */
    public static String normaliseNewlines(String text) {
        return text == null ? null : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Cuts text to at most {@code max} UTF-16 units with an ellipsis, never inside a surrogate pair. */
    public static String clip(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /** Drops the characters XML 1.0 cannot carry (controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF). */
    public static String xmlSafe(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(PlainText::allowedInXml).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    private static boolean isSurrogate(int codePoint) {
        return codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
    }
}
