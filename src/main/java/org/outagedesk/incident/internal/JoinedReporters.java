package org.outagedesk.incident.internal;

import org.outagedesk.incident.IncidentChanged;
import org.outagedesk.incident.TimelineKind;
import org.outagedesk.report.ReportSubmitted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Counts end users who joined a known outage ("this is my problem too") on the incident, in
 * the same transaction that stores their report (no second connection, all or nothing), and
 * without bumping the version staff edit against. Open screens hear of it after commit.
 */
@Component
class JoinedReporters {

    private final IncidentRepository incidents;
    private final ApplicationEventPublisher events;

    JoinedReporters(IncidentRepository incidents, ApplicationEventPublisher events) {
        this.incidents = incidents;
        this.events = events;
    }

    @EventListener
    void on(ReportSubmitted submitted) {
        if (submitted.incidentId() != null && incidents.countJoinedReporter(submitted.incidentId()) > 0) {
            events.publishEvent(new IncidentChanged(submitted.incidentId(), TimelineKind.REPORTS_LINKED, "reports",
                    submitted.reporterId()));
        }
    }
}
