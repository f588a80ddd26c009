package org.outagedesk.account;

import java.util.Set;

/**
 * What the security module needs to authenticate a person.
 *
 * @param enabled neither an administrator nor the directory's re-check disabled the account
 */
public record LoginAccount(
        long id,
        String email,
        String displayName,
        String passwordHash,
        String language,
        String timeZone,
        Set<Role> roles,
        boolean enabled,
        boolean emailVerified) {}
