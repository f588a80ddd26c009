package org.outagedesk.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentEdit;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.Milestone;
import org.outagedesk.incident.NewIncident;
import org.outagedesk.incident.Scope;
import org.outagedesk.incident.Severity;

/** Resolved incidents with past milestones, made through the incident module as the signed-in staff member. */
public final class PastIncidents {

    private final IncidentService incidents;

    public PastIncidents(IncidentService incidents) {
        this.incidents = incidents;
    }

    /** Opens an incident whose impact started at {@code start}; milestones follow after the given minutes. */
    public IncidentDetails open(String title, Severity severity, MailService service, Instant start, int detect,
            int acknowledge, int mitigate, int resolve) {
        IncidentDetails incident = incidents.open(new NewIncident(title, null, EnumSet.of(service), Scope.GROUP,
                severity, List.of()));
        incident = set(incident, Milestone.IMPACT_STARTED, start);
        incident = set(incident, Milestone.DETECTED, start.plus(Duration.ofMinutes(detect)));
        incident = set(incident, Milestone.ACKNOWLEDGED, start.plus(Duration.ofMinutes(acknowledge)));
        incident = set(incident, Milestone.MITIGATED, start.plus(Duration.ofMinutes(mitigate)));
        return set(incident, Milestone.RESOLVED, start.plus(Duration.ofMinutes(resolve)));
    }

    public IncidentDetails resolved(String title, Severity severity, MailService service, Instant start, int detect,
            int acknowledge, int mitigate, int resolve) {
        IncidentDetails incident = open(title, severity, service, start, detect, acknowledge, mitigate, resolve);
        return incidents.resolve(incident.id(), incident.version());
    }

    private IncidentDetails set(IncidentDetails incident, Milestone milestone, Instant at) {
        return incidents.change(incident.id(), incident.version(), new IncidentEdit.ChangeMilestone(milestone, at));
    }
}
