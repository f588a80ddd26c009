package org.outagedesk.testsupport.hostile;

/** Writes a Java string as a JSON string literal that keeps every UTF-16 unit, lone surrogates included. */
public final class JsonText {

    private JsonText() {}

    public static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16).append('"');
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7F || Character.isSurrogate(c) || c > 0x7E) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
