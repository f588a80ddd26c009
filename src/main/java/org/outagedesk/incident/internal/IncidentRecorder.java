package org.outagedesk.incident.internal;

import java.time.Clock;
import java.time.Instant;
import org.outagedesk.incident.IncidentChanged;
import org.outagedesk.incident.IncidentChangedMeanwhile;
import org.outagedesk.incident.IncidentException;
import org.outagedesk.incident.Milestone;
import org.outagedesk.incident.TimelineKind;
import org.outagedesk.incident.TimelineMessage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Writes what happens to incidents: loads them with the version check, appends timeline
 * entries, stamps "acknowledged" at the first IT action, and publishes the events.
 */
@Component
class IncidentRecorder {

    private final IncidentRepository incidents;
    private final TimelineRepository timeline;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IncidentRecorder(IncidentRepository incidents, TimelineRepository timeline, ApplicationEventPublisher events,
            Clock clock) {
        this.incidents = incidents;
        this.timeline = timeline;
        this.events = events;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    Incident load(long incidentId) {
        return incidents.findForChange(incidentId)
                .orElseThrow(() -> new IncidentException("incident.error.not-found", incidentId));
    }

    /** Loads the incident if nobody changed it since the person saw {@code expectedVersion}. */
    Incident load(long incidentId, long expectedVersion) {
        Incident incident = load(incidentId);
        if (incident.version() != expectedVersion) {
            throw new IncidentChangedMeanwhile(incidentId, incident.lastChangedByName(), incident.updatedAt());
        }
        return incident;
    }

    /** Records a change of the incident itself: who changed it last, the timeline entry, the event. */
    void changed(Incident incident, Actor actor, TimelineKind kind, FieldChange change, String note) {
        Instant now = now();
        acknowledge(incident, actor, now);
        incident.touch(actor.id(), actor.name(), now);
        append(incident.id(), actor, kind, change, note, now);
        events.publishEvent(new IncidentChanged(incident.id(), kind, change == null ? null : change.field(), actor.id()));
    }

    /** The first IT action on an incident sets its "acknowledged" time (recorded like any change). */
    void acknowledge(Incident incident, Actor actor, Instant now) {
        if (incident.milestone(Milestone.ACKNOWLEDGED) == null) {
            FieldChange change = incident.changeMilestone(Milestone.ACKNOWLEDGED, now);
            incident.touch(actor.id(), actor.name(), now);
            append(incident.id(), actor, TimelineKind.CHANGED, change, null, now);
        }
    }

    void append(long incidentId, Actor actor, TimelineKind kind, FieldChange change, String note, Instant at) {
        timeline.save(new TimelineEntry(incidentId, at, actor, kind, change, note));
    }

    /** Appends what the system writes as a message (put into words per reader) beside what a person wrote. */
    void append(long incidentId, Actor actor, TimelineKind kind, FieldChange data, TimelineMessage message,
            String note, Instant at) {
        timeline.save(new TimelineEntry(incidentId, at, actor, kind, data, note, message));
    }

    /** Writes the incident now, so the returned state carries the new version; a racing writer loses. */
    Incident flush(Incident incident) {
        try {
            return incidents.saveAndFlush(incident);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new IncidentChangedMeanwhile(incident.id(), null, null);
        }
    }

    void publish(Object event) {
        events.publishEvent(event);
    }
}
