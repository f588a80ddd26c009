package org.outagedesk.incident;

import java.util.Locale;

/** What end users and the status page are told about an incident. */
public enum PublicStatus {
    INVESTIGATING,
    IDENTIFIED,
    MONITORING,
    RESOLVED;

    /** The lower-case form used by the report module and the public feeds. */
    public String publicName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
