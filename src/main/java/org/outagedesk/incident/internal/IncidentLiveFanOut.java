package org.outagedesk.incident.internal;

import org.outagedesk.incident.IncidentEvent;
import org.outagedesk.incident.IncidentMerged;
import org.outagedesk.incident.IncidentTopics;
import org.outagedesk.incident.ReportsTriaged;
import org.outagedesk.live.LiveBus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** After commit, tells open screens what changed: the board, the incident's page, the triage queue. */
@Component
class IncidentLiveFanOut {

    private final LiveBus bus;

    IncidentLiveFanOut(LiveBus bus) {
        this.bus = bus;
    }

    @TransactionalEventListener
    void on(IncidentEvent event) {
        bus.publish(IncidentTopics.BOARD, event);
        bus.publish(IncidentTopics.incident(event.incidentId()), event);
        if (event instanceof IncidentMerged merged) {
            bus.publish(IncidentTopics.incident(merged.survivorId()), event);
        }
    }

    @TransactionalEventListener
    void on(ReportsTriaged event) {
        bus.publish(IncidentTopics.TRIAGE, event);
    }
}
