package org.outagedesk.alert;

import java.time.Instant;

/**
 * One alert notification as received, and where it went.
 *
 * @param source {@code alertmanager} or the generic webhook's {@code source}
 * @param group the alert group (Alertmanager's group key, or the generic key)
 * @param status {@code firing} or {@code resolved}
 * @param incidentId the incident it opened or updated, or {@code null} when it was ignored
 */
public record ReceivedAlert(
        Instant receivedAt,
        String source,
        String group,
        String status,
        int alertCount,
        AlertOutcome outcome,
        Long incidentId,
        String incidentReference,
        String summary) {}
