package org.outagedesk.base;

import java.util.Locale;

/** Remembers a signed-in user's language choice (implemented by the account module). */
public interface LanguagePreference {

    void remember(long accountId, Locale language);
}
