package org.outagedesk.account;

/** Where an account comes from: made here, or provisioned at sign-in by the company directory. */
public enum AccountOrigin {
    /** Registered here or created by an administrator; signs in with its own password. */
    LOCAL,
    /** An LDAP / Active Directory entry; signs in with the directory password. */
    LDAP,
    /** An OpenID Connect provider (Entra ID, Keycloak, Google Workspace, Okta, ...). */
    OIDC
}
