package org.outagedesk.metrics.internal;

import org.outagedesk.incident.CauseVerdict;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.IncidentState;
import org.outagedesk.incident.Milestone;
import org.outagedesk.incident.Phase;
import org.outagedesk.incident.TimelineItem;
import org.outagedesk.incident.TimelineKind;
import org.outagedesk.metrics.IncidentTimeline;
import org.outagedesk.metrics.MetricDefinitions;
import org.outagedesk.metrics.PhaseChange;
import org.outagedesk.report.ReportSummary;
import org.springframework.stereotype.Component;

/** Turns an incident, as the incident module tells it, into its read-model row. */
@Component
class IncidentProjector {

    private final IncidentService incidents;

    IncidentProjector(IncidentService incidents) {
        this.incidents = incidents;
    }

    /** The incident's row, read now (as the metrics module, after the change committed). */
    Optional<IncidentRow> project(long incidentId) {
        return SystemAccess.read(() -> incidents.find(incidentId).map(this::row));
    }

    private IncidentRow row(IncidentDetails incident) {
        List<TimelineItem> timeline = incidents.timeline(incident.id());
        List<ReportSummary> reports = incidents.reports(incident.id());
        int usersAffected = (int) reports.stream().mapToLong(ReportSummary::reporterId).distinct().count();
        List<PhaseChange> changes = timeline.stream()
                .filter(item -> item.kind() == TimelineKind.CHANGED && "phase".equals(item.field())
                        && item.copiedFrom() == null && item.after() != null)
                .map(item -> new PhaseChange(item.at(), Phase.valueOf(item.after()))).toList();
        Phase initial = timeline.stream()
                .filter(item -> item.kind() == TimelineKind.CHANGED && "phase".equals(item.field())
                        && item.copiedFrom() == null && item.before() != null)
                .min(Comparator.comparing(TimelineItem::at))
                .map(item -> Phase.valueOf(item.before())).orElse(incident.phase());
        Instant closedAt = incident.state() == IncidentState.CLOSED ? incident.milestone(Milestone.CLOSED) : null;
        IncidentTimeline milestones = new IncidentTimeline(incident.state(), incident.milestone(Milestone.IMPACT_STARTED),
                incident.milestone(Milestone.DETECTED), incident.milestone(Milestone.ACKNOWLEDGED),
                incident.milestone(Milestone.MITIGATED), incident.milestone(Milestone.RESOLVED));
        return new IncidentRow(incident.id(), incident.reference(), incident.title(), incident.severity(),
                incident.state(), incident.createdAt(), incident.milestones(), MetricDefinitions.durations(milestones),
                Math.max(incident.reportCount(), reports.size()), usersAffected, incident.services(),
                MetricDefinitions.phaseTimes(incident.createdAt(), initial, changes, closedAt),
                CauseVerdict.latest(timeline).map(CauseVerdict::of).orElse(null));
    }
}
