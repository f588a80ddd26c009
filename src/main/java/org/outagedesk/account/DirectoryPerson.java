package org.outagedesk.account;

import java.util.Set;

/**
 * A person as the company directory vouched for them at sign-in. Profile values the directory
 * did not supply are {@code null} and stay editable in the profile.
 *
 * @param origin which kind of directory
 * @param provider {@code ldap}, or the OIDC client registration id (e.g. {@code entra})
 * @param externalId the directory's stable id for the person (objectGUID, OIDC subject)
 * @param email the address the directory holds, trusted as verified
 * @param roles the roles the person's groups map to; {@code null} when no group mapping is
 *     configured, which leaves the account's roles as administrators set them
 */
public record DirectoryPerson(
        AccountOrigin origin,
        String provider,
        String externalId,
        String email,
        String displayName,
        String department,
        String site,
        String language,
        String timeZone,
        Set<Role> roles) {}
