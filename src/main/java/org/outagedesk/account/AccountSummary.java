package org.outagedesk.account;

import java.time.Instant;
import java.util.Set;

/** An account as other modules and views see it: no password, no tokens. */
public record AccountSummary(
        long id,
        String email,
        String displayName,
        String department,
        String site,
        String language,
        /** IANA zone id, or {@code null} before the person's first page. */
        String timeZone,
        Set<Role> roles,
        boolean enabled,
        boolean emailVerified,
        NotificationPreferences notifications,
        Instant createdAt,
        AccountOrigin origin,
        /** {@code ldap} or the OIDC registration id; {@code null} for a local account. */
        String originProvider,
        /** Fields the directory owns: read-only in the profile, refreshed at each sign-in. */
        Set<ProfileField> directoryFields,
        /** The directory's last re-check found the entry disabled or gone; it cannot sign in until the directory lets it. */
        boolean disabledInDirectory) {

    /** Whether the person signs in with the company directory (no password of their own here). */
    public boolean fromDirectory() {
        return origin != AccountOrigin.LOCAL;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
