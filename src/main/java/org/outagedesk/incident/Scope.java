package org.outagedesk.incident;

/** How many people an incident affects. */
public enum Scope {
    SINGLE_USER,
    GROUP,
    ALL_USERS
}
