package org.outagedesk.metrics;

import java.time.Instant;
import org.outagedesk.incident.Severity;

/** One counted incident of the period with its own response times (what the dashboard's medians are made of). */
public record IncidentFigures(long incidentId, String reference, String title, Severity severity,
        Instant impactStartedAt, ResponseTimes times) {}
