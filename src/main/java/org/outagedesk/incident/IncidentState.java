package org.outagedesk.incident;

/** Life of an incident. A MERGED incident points at its survivor and is left out of metrics. */
public enum IncidentState {
    OPEN,
    RESOLVED,
    CLOSED,
    MERGED;

    /** Still worked on (open, or resolved and not yet closed); a closed or merged incident's record is final. */
    public boolean workable() {
        return this == OPEN || this == RESOLVED;
    }
}
