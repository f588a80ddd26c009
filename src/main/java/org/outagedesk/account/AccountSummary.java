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
        Set<Role> roles,
        boolean enabled,
        boolean emailVerified,
        NotificationPreferences notifications,
        Instant createdAt) {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
