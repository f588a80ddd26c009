package org.outagedesk.incident;

/** Names of the incident roles every incident has; staff may add others by name. */
public final class IncidentRoles {

    public static final String COMMANDER = "COMMANDER";
    public static final String COMMUNICATIONS_LEAD = "COMMUNICATIONS_LEAD";

    private IncidentRoles() {}
}
