package org.outagedesk.account;

/** What a person may do in OutageDesk. A user may hold several roles. */
public enum Role {
    END_USER,
    IT_STAFF,
    MANAGER,
    ADMIN;

    /** The authority Spring Security checks, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
