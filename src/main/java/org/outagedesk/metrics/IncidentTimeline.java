package org.outagedesk.metrics;

import java.time.Instant;
import org.outagedesk.incident.IncidentState;

/** The milestones of one incident that the metric definitions read; any may be missing. */
public record IncidentTimeline(
        IncidentState state,
        Instant impactStarted,
        Instant detected,
        Instant acknowledged,
        Instant mitigated,
        Instant resolved) {}
