package org.outagedesk.incident;

/** An incident moved to another SOP phase. */
public record IncidentPhaseChanged(long incidentId, Phase from, Phase to, long actorId) implements IncidentEvent {}
