package org.outagedesk.base;

import java.util.Locale;

/**
 * What every module may know about the person signed in: the security module's principal
 * implements it, so views read it through Vaadin's {@code AuthenticationContext} without
 * depending on the security module.
 */
public interface SignedInUser {

    long accountId();

    String email();

    String displayName();

    /** The language chosen in the profile, or {@code null} when the user has not chosen one. */
    Locale language();
}
