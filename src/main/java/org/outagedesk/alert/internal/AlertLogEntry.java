package org.outagedesk.alert.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.outagedesk.alert.AlertOutcome;
import org.outagedesk.alert.ReceivedAlert;

/** One received alert notification and where it went; written once, shown on the admin screen. */
@Entity
@Immutable
@Table(name = "alert_received")
class AlertLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant receivedAt;
    private String source;
    private String groupKey;
    private String status;
    private int alertCount;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private AlertOutcome outcome;

    private Long incidentId;
    private String incidentReference;
    private String summary;

    protected AlertLogEntry() {}

    AlertLogEntry(Instant receivedAt, AlertNotification notification, AlertOutcome outcome, Long incidentId,
            String incidentReference, String summary) {
        this.receivedAt = receivedAt;
        this.source = AlertText.clip(notification.source(), 64);
        this.groupKey = AlertText.clip(notification.groupKey(), 1000);
        this.status = notification.firing() ? "firing" : "resolved";
        this.alertCount = notification.alerts().size();
        this.outcome = outcome;
        this.incidentId = incidentId;
        this.incidentReference = incidentReference;
        this.summary = AlertText.clip(summary, 1000);
    }

    ReceivedAlert toReceived() {
        return new ReceivedAlert(receivedAt, source, groupKey, status, alertCount, outcome, incidentId,
                incidentReference, summary);
    }
}
