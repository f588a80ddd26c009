package org.outagedesk.incident.internal;

import org.outagedesk.incident.IncidentChanged;
import org.outagedesk.incident.IncidentEvent;
import org.outagedesk.incident.IncidentMerged;
import org.outagedesk.incident.IncidentTopics;
import org.outagedesk.incident.ReportsTriaged;
import org.outagedesk.incident.TimelineKind;
import org.outagedesk.live.LiveBus;
import org.outagedesk.report.ReportConfirmedWorking;
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

    /**
     * "It works now" changes only the incident's linked reports: its own open pages re-read them.
     * Not an incident event, so the board, the status page and the metrics do not move for it.
     */
    @TransactionalEventListener
    void on(ReportConfirmedWorking confirmed) {
        if (confirmed.incidentId() != null) {
            bus.publish(IncidentTopics.incident(confirmed.incidentId()), new IncidentChanged(confirmed.incidentId(),
                    TimelineKind.REPORTS_LINKED, "reports", confirmed.reporterId()));
        }
    }

    @TransactionalEventListener
    void on(ReportsTriaged event) {
        bus.publish(IncidentTopics.TRIAGE, event);
    }
}
