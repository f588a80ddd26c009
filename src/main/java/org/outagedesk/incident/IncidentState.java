package org.outagedesk.incident;

/** Life of an incident. A MERGED incident points at its survivor and is left out of metrics. */
public enum IncidentState {
    OPEN,
    RESOLVED,
    CLOSED,
    MERGED
}
