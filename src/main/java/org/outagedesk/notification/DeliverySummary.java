package org.outagedesk.notification;

import java.util.Map;

/**
 * How the messages of one update are doing, per status, plus the latest failure reason.
 *
 * @param counts messages per status (missing statuses count zero)
 * @param lastError the most recent failure reason, or {@code null}
 */
public record DeliverySummary(Map<DeliveryStatus, Long> counts, String lastError) {

    public long count(DeliveryStatus status) {
        return counts.getOrDefault(status, 0L);
    }

    /** Messages still waiting (pending or retrying). */
    public long waiting() {
        return count(DeliveryStatus.PENDING) + count(DeliveryStatus.RETRYING);
    }
}
