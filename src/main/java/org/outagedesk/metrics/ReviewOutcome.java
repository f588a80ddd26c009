package org.outagedesk.metrics;

import java.time.Instant;
import org.outagedesk.incident.Severity;
import org.outagedesk.review.CauseCategory;

/**
 * A finalised review as managers see it: the incident, its cause, how its action items are going,
 * and the incident's own response times.
 */
public record ReviewOutcome(
        long incidentId,
        String reference,
        String title,
        Severity severity,
        Instant impactStartedAt,
        CauseCategory cause,
        Instant finalisedAt,
        long actionItems,
        long actionItemsDone,
        long actionItemsOverdue,
        ResponseTimes times) {}
