package org.outagedesk.alert.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An alert group and the incident its alerts go to; the group is found again by the hash of its key. */
@Entity
@Table(name = "alert_group")
class AlertGroup {

    private static final int MAX_KEY = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String groupHash;
    private String groupKey;
    private long incidentId;
    private Instant firstSeen;
    private Instant lastSeen;

    protected AlertGroup() {}

    AlertGroup(String groupHash, String groupKey, long incidentId, Instant now) {
        this.groupHash = groupHash;
        this.groupKey = AlertText.clip(groupKey, MAX_KEY);
        this.incidentId = incidentId;
        this.firstSeen = now;
        this.lastSeen = now;
    }

    long incidentId() {
        return incidentId;
    }

    /** The group fires again after its incident was closed (or went to another one): it goes there now. */
    void moveTo(long incident, Instant now) {
        this.incidentId = incident;
        this.lastSeen = now;
    }
}
