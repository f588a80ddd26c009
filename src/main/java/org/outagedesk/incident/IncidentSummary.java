package org.outagedesk.incident;

import java.time.Instant;
import java.util.Set;

/** An incident as the board, lists and the API's list show it. */
public record IncidentSummary(
        long id,
        String reference,
        String title,
        Set<MailService> services,
        Scope scope,
        Severity severity,
        Phase phase,
        IncidentState state,
        int reportCount,
        String commander,
        Instant impactStartedAt,
        Instant createdAt,
        long version) {}
