package org.outagedesk.incident;

/** An incident changed (a field, a role, a milestone, a note, linked reports, resolved or closed). */
public record IncidentChanged(long incidentId, TimelineKind kind, String field, long actorId) implements IncidentEvent {

    /**
     * Whether the event (of any type) is only a checklist step written to the timeline: the
     * incident's own state, its public status and its metrics are unchanged by it.
     */
    public static boolean checklistStep(Object event) {
        return event instanceof IncidentChanged change && change.kind() == TimelineKind.RUNBOOK;
    }
}
