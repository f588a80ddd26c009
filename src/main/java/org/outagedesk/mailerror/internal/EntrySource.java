package org.outagedesk.mailerror.internal;

import java.util.Locale;

/**
 * Whose words a catalogue entry recognises, from the most telling: the mail server's own reply, a
 * mail program's own message, or a program's headline that only says that something failed.
 */
enum EntrySource {
    SERVER(1000), CLIENT(500), WRAPPER(0);

    private final int weight;

    EntrySource(int weight) {
        this.weight = weight;
    }

    /** The head start of an entry from this source over entries from the ones below it. */
    int weight() {
        return weight;
    }

    static EntrySource of(String cell) {
        try {
            return valueOf(cell.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("source must be server, client or wrapper, not '" + cell + "'", e);
        }
    }
}
