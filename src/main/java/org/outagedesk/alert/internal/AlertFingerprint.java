package org.outagedesk.alert.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One alert (by the hash of source and fingerprint): the incident it went to and whether it still fires. */
@Entity
@Table(name = "alert_fingerprint")
class AlertFingerprint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String fingerprint;
    private long incidentId;
    private boolean firing;
    private Instant lastSeen;

    protected AlertFingerprint() {}

    AlertFingerprint(String fingerprint, long incidentId, boolean firing, Instant now) {
        this.fingerprint = fingerprint;
        this.incidentId = incidentId;
        this.firing = firing;
        this.lastSeen = now;
    }

    String fingerprint() {
        return fingerprint;
    }

    long incidentId() {
        return incidentId;
    }

    boolean firing() {
        return firing;
    }

    void seen(long incident, boolean nowFiring, Instant now) {
        this.incidentId = incident;
        this.firing = nowFiring;
        this.lastSeen = now;
    }
}
