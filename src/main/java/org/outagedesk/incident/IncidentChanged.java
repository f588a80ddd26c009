package org.outagedesk.incident;

/** An incident changed (a field, a role, a milestone, a note, linked reports, resolved or closed). */
public record IncidentChanged(long incidentId, TimelineKind kind, String field, long actorId) implements IncidentEvent {}
