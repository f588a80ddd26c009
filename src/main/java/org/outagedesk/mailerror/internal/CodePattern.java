package org.outagedesk.mailerror.internal;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * A code in a catalogue cell, part by part, where {@code x} stands for any value: a reply code by
 * digit ({@code 4xx}, {@code 451}), an enhanced status code by part ({@code 5.1.x}, {@code 5.7.57}).
 */
record CodePattern(String written, String[] parts) {

    private static final Pattern REPLY = Pattern.compile("[1-5][0-9x][0-9x]");
    private static final Pattern ENHANCED = Pattern.compile("[245]\\.(?:[0-9]{1,3}|x)\\.(?:[0-9]{1,3}|x)");
    private static final String ANY = "x";

    static CodePattern reply(String cell) {
        if (!REPLY.matcher(cell).matches()) {
            throw new IllegalArgumentException("reply '" + cell + "' is not three digits (x for any)");
        }
        return new CodePattern(cell, cell.split(""));
    }

    static CodePattern enhanced(String cell) {
        if (!ENHANCED.matcher(cell).matches()) {
            throw new IllegalArgumentException("enhanced code '" + cell + "' is not class.subject.detail (x for any)");
        }
        return new CodePattern(cell, cell.split("\\."));
    }

    boolean matchesReply(Integer code) {
        return code != null && matches(String.valueOf(code).split(""));
    }

    boolean matchesEnhanced(String code) {
        return code != null && matches(code.split("\\."));
    }

    /** How many parts are fixed: a more specific pattern wins over a wider one. */
    int fixedParts() {
        return (int) Arrays.stream(parts).filter(part -> !part.equals(ANY)).count();
    }

    private boolean matches(String[] value) {
        if (value.length != parts.length) {
            return false;
        }
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].equals(ANY) && !parts[i].equals(value[i])) {
                return false;
            }
        }
        return true;
    }
}
