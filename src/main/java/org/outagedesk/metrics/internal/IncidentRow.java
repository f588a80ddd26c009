package org.outagedesk.metrics.internal;

import org.outagedesk.incident.CauseVerdict;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.outagedesk.incident.IncidentState;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.Milestone;
import org.outagedesk.incident.Phase;
import org.outagedesk.incident.Severity;
import org.outagedesk.metrics.Metric;

/** One incident as the read model stores it, with its durations already worked out. */
record IncidentRow(
        long id,
        String reference,
        String title,
        Severity severity,
        IncidentState state,
        Instant openedAt,
        Map<Milestone, Instant> milestones,
        Map<Metric, Duration> durations,
        int reportCount,
        int usersAffected,
        Set<MailService> services,
        Map<Phase, Duration> phaseTimes,
        CauseVerdict causeVerdict) {

    boolean excluded() {
        return state == IncidentState.MERGED;
    }

    /** The moment that places the incident in a period: impact start, else opening. */
    Instant periodAt() {
        Instant impact = milestones.get(Milestone.IMPACT_STARTED);
        return impact != null ? impact : openedAt;
    }

    boolean reviewRequired() {
        return severity == Severity.SEV1 || severity == Severity.SEV2;
    }
}
