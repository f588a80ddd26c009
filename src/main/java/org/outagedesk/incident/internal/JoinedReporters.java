package org.outagedesk.incident.internal;

import org.outagedesk.incident.IncidentChanged;
import org.outagedesk.incident.IncidentTopics;
import org.outagedesk.incident.TimelineKind;
import org.outagedesk.live.LiveBus;
import org.outagedesk.report.ReportSubmitted;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Counts end users who joined a known outage ("this is my problem too") on the incident, once
 * their report is stored, without bumping the version staff edit against.
 */
@Component
class JoinedReporters {

    private final IncidentRepository incidents;
    private final LiveBus bus;

    JoinedReporters(IncidentRepository incidents, LiveBus bus) {
        this.incidents = incidents;
        this.bus = bus;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(ReportSubmitted submitted) {
        if (submitted.incidentId() == null) {
            return;
        }
        if (incidents.countJoinedReporter(submitted.incidentId()) > 0) {
            IncidentChanged changed = new IncidentChanged(submitted.incidentId(), TimelineKind.REPORTS_LINKED,
                    "reports", submitted.reporterId());
            bus.publish(IncidentTopics.BOARD, changed);
            bus.publish(IncidentTopics.incident(submitted.incidentId()), changed);
        }
    }
}
