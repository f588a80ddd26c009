package org.outagedesk.testsupport.hostile;

/** One hostile value and the corpus category it comes from. */
public record HostileInput(String category, String value) {

    /** A short printable form for assertion messages (escapes controls, cuts long values). */
    public String describe() {
        StringBuilder out = new StringBuilder(category).append(" «");
        value.codePoints().limit(60).forEach(c -> {
            if (c < 0x20 || c == 0x7F || (c >= 0xD800 && c <= 0xDFFF)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append(value.length() > 60 ? "…» (" + value.length() + " chars)" : "»").toString();
    }
}
