package org.outagedesk.incident;

/** Who a status update is for: the IT team, management, or end users (and the public status page). */
public enum UpdateAudience {
    INTERNAL,
    MANAGEMENT,
    PUBLIC;

    /** Whether a reader of this audience also sees updates written for {@code other} (IT sees everything). */
    public boolean sees(UpdateAudience other) {
        return ordinal() <= other.ordinal();
    }
}
