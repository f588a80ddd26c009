package org.outagedesk.incident;

import java.util.List;

/** An incident was opened from triage, with the reports it starts with. */
public record IncidentOpened(long incidentId, String reference, Severity severity, Scope scope, List<Long> reportIds)
        implements IncidentEvent {}
