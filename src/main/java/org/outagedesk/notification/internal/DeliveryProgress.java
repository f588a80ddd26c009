package org.outagedesk.notification.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.outagedesk.live.LiveBus;
import org.outagedesk.notification.Deliveries;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tells open incident pages that delivery counts moved, coalesced: the dispatcher marks an
 * incident as changed for every row it sends or fails, and at most every
 * {@code outagedesk.notifications.progress-interval-ms} one message per changed incident goes out on the
 * live bus, so a batch of 300 messages costs a handful of pushes, not 300.
 */
@Component
class DeliveryProgress {

    private final LiveBus bus;
    private final Set<Long> changed = ConcurrentHashMap.newKeySet();

    DeliveryProgress(LiveBus bus) {
        this.bus = bus;
    }

    /** Notes that a message of the incident changed state; cheap, called per message. */
    void changed(Long incidentId) {
        if (incidentId != null) {
            changed.add(incidentId);
        }
    }

    /** Publishes one "counts moved" per incident changed since the last run. */
    @Scheduled(fixedDelayString = "${outagedesk.notifications.progress-interval-ms:300}")
    void flush() {
        for (Long incidentId : changed) {
            if (changed.remove(incidentId)) {
                bus.publish(Deliveries.topic(incidentId), "counts");
            }
        }
    }
}
