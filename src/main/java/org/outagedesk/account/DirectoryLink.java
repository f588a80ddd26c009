package org.outagedesk.account;

/**
 * Which directory entry an account is linked to, for re-checking a signed-in person's groups.
 *
 * @param provider {@code ldap}, or the OIDC client registration id
 * @param externalId the directory's stable id for the person (objectGUID as hex, or the entry's DN)
 */
public record DirectoryLink(long accountId, AccountOrigin origin, String provider, String externalId) {}
