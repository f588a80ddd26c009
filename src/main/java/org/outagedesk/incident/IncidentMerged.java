package org.outagedesk.incident;

/** An incident was merged into a survivor; {@code incidentId} is the merged (now inactive) one. */
public record IncidentMerged(long incidentId, long survivorId, long actorId) implements IncidentEvent {}
