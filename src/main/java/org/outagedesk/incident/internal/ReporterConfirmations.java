package org.outagedesk.incident.internal;

import org.outagedesk.incident.IncidentChanged;
import org.outagedesk.incident.TimelineKind;
import org.outagedesk.report.ReportConfirmedWorking;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A reporter confirmed "it works now": the incident's open pages re-read their linked reports
 * (after commit, like any incident change), without a timeline entry or a new version.
 */
@Component
class ReporterConfirmations {

    private final ApplicationEventPublisher events;

    ReporterConfirmations(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    void on(ReportConfirmedWorking confirmed) {
        if (confirmed.incidentId() != null) {
            events.publishEvent(new IncidentChanged(confirmed.incidentId(), TimelineKind.REPORTS_LINKED, "reports",
                    confirmed.reporterId()));
        }
    }
}
