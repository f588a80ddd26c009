package org.outagedesk.incident;

import java.time.Instant;

/**
 * Someone else changed the incident after this person loaded it: the change is refused rather
 * than silently overwriting theirs. Views say "changed by X meanwhile" and reload.
 */
public class IncidentChangedMeanwhile extends RuntimeException {

    private final long incidentId;
    private final String changedBy;
    private final Instant changedAt;

    public IncidentChangedMeanwhile(long incidentId, String changedBy, Instant changedAt) {
        super("Incident " + incidentId + " was changed meanwhile by " + changedBy);
        this.incidentId = incidentId;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public long incidentId() {
        return incidentId;
    }

    /** Who made the latest change, or {@code null} if unknown. */
    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
