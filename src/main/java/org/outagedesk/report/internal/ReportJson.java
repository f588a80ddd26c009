package org.outagedesk.report.internal;

import java.time.Instant;
import org.outagedesk.report.MailClient;
import org.outagedesk.report.ReportStatus;
import org.outagedesk.report.ReportSummary;
import org.outagedesk.report.Symptom;

/** What the API sends and accepts for a report; {@code service} is the form's mail client. */
final class ReportJson {

    private ReportJson() {}

    /** The body of {@code POST /api/v1/reports}. */
    record NewReportRequest(Symptom symptom, MailClient service, String description, String errorText,
            Instant startedAt, String affectedAddress) {}

    /** A stored report as the API returns it. */
    record Report(long id, long reporterId, String reporterName, Symptom symptom, MailClient service,
            String description, String errorText, Instant startedAt, String affectedAddress, ReportStatus status,
            Long incidentId, String declineReason, Long duplicateOfId, boolean hasScreenshot, boolean joinedIncident,
            Instant createdAt) {

        static Report of(ReportSummary report) {
            return new Report(report.id(), report.reporterId(), report.reporterName(), report.symptom(),
                    report.client(), report.description(), report.errorText(), report.startedAt(),
                    report.affectedAddress(), report.status(), report.incidentId(), report.declineReason(),
                    report.duplicateOfId(), report.hasScreenshot(), report.joinedIncident(), report.createdAt());
        }
    }
}
