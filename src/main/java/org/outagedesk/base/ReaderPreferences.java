package org.outagedesk.base;

import java.time.ZoneId;
import java.util.Locale;

/** Remembers how a signed-in person reads: language and time zone (implemented by the account module). */
public interface ReaderPreferences {

    /** The language chosen with the language switch. */
    void remember(long accountId, Locale language);

    /**
     * What the person's first page showed, kept for what is written to them later (mail, reminders):
     * fills in only what the profile does not say yet.
     *
     * @return the profile's zone afterwards, or {@code null} when it has none still
     */
    ZoneId firstSeen(long accountId, Locale language, ZoneId zone);
}
