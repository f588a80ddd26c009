package org.outagedesk.base;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

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

    /** The time zone of the profile, or {@code null} before the person's first page. */
    default ZoneId zone() {
        return null;
    }

    /** The person the current request or UI acts for, if signed in. */
    static Optional<SignedInUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                ? Optional.of(user) : Optional.empty();
    }
}
