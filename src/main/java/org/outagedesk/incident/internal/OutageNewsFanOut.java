package org.outagedesk.incident.internal;

import java.util.Set;
import org.outagedesk.incident.IncidentChanged;
import org.outagedesk.incident.IncidentEvent;
import org.outagedesk.incident.IncidentMerged;
import org.outagedesk.incident.IncidentPhaseChanged;
import org.outagedesk.incident.StatusUpdatePosted;
import org.outagedesk.incident.TimelineKind;
import org.outagedesk.incident.UpdateAudience;
import org.outagedesk.live.LiveBus;
import org.outagedesk.report.KnownOutageChanged;
import org.outagedesk.report.ReportTopics;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * After commit, tells reporters' open pages ("My reports") that what they see of an outage
 * changed: a public update or resolution summary, or the incident's public status, ETA, title,
 * resolution, closing or merge. Internal work (checklist steps, notes, phases) is not announced.
 */
@Component
class OutageNewsFanOut {

    private static final Set<TimelineKind> PUBLIC_KINDS = Set.of(TimelineKind.CHANGED, TimelineKind.RESOLVED,
            TimelineKind.CLOSED, TimelineKind.MERGED_INTO, TimelineKind.MERGED_FROM, TimelineKind.OPENED);
    /** The changed fields an outage shows reporters (its title, public status, ETA, open or not). */
    private static final Set<String> PUBLIC_FIELDS = Set.of("title", "publicTitle", "publicStatus", "eta", "state");

    private final LiveBus bus;

    OutageNewsFanOut(LiveBus bus) {
        this.bus = bus;
    }

    @TransactionalEventListener
    void on(StatusUpdatePosted posted) {
        if (posted.update().audience() == UpdateAudience.PUBLIC) {
            announce(posted.update().incidentId());
        }
    }

    @TransactionalEventListener
    void on(IncidentEvent event) {
        if (event instanceof IncidentPhaseChanged || event instanceof IncidentChanged changed
                && (!PUBLIC_KINDS.contains(changed.kind())
                        || changed.kind() == TimelineKind.CHANGED && !PUBLIC_FIELDS.contains(changed.field()))) {
            return;
        }
        announce(event.incidentId());
        if (event instanceof IncidentMerged merged) {
            announce(merged.survivorId());
        }
    }

    private void announce(long incidentId) {
        bus.publish(ReportTopics.outage(incidentId), new KnownOutageChanged(incidentId));
    }
}
