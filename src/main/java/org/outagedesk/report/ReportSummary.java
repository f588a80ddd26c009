package org.outagedesk.report;

import java.time.Instant;

/**
 * A report as its reporter and IT staff see it.
 *
 * @param joinedIncident true for a one-click "this is my problem too" on a known outage
 * @param confirmedWorkingAt when the reporter confirmed "it works now" after the resolution, or {@code null}
 */
public record ReportSummary(
        long id,
        long reporterId,
        String reporterName,
        String reporterEmail,
        String department,
        String site,
        Symptom symptom,
        MailClient client,
        String description,
        String errorText,
        Instant startedAt,
        String affectedAddress,
        ReportStatus status,
        Long incidentId,
        String declineReason,
        Long duplicateOfId,
        boolean hasScreenshot,
        boolean joinedIncident,
        Instant createdAt,
        Instant confirmedWorkingAt) {

    /** Whether the reporter confirmed the problem is gone. */
    public boolean confirmedWorking() {
        return confirmedWorkingAt != null;
    }
}
