package org.outagedesk.report.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.outagedesk.account.AccountSummary;
import org.outagedesk.report.MailClient;
import org.outagedesk.report.NewReport;
import org.outagedesk.report.ReportException;
import org.outagedesk.report.ReportStatus;
import org.outagedesk.report.ReportSummary;
import org.outagedesk.report.Symptom;

/** One person's report of a mail problem; guards its own status rules. */
@Entity
@Table(name = "problem_report")
class ProblemReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long reporterId;
    private String reporterName;
    private String reporterEmail;
    private String department;
    private String site;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Symptom symptom;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private MailClient client;

    @Column(length = ReportValidation.MAX_DESCRIPTION)
    private String description;

    @Column(length = ReportValidation.MAX_ERROR_TEXT)
    private String errorText;

    private Instant startedAt;
    private String affectedAddress;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private ReportStatus status;

    private Long incidentId;
    private String declineReason;
    private Long duplicateOfId;
    private boolean joinedIncident;
    private boolean hasScreenshot;
    private String idempotencyKey;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant confirmedWorkingAt;

    @Version
    private long version;

    protected ProblemReport() {}

    /** A new report; with an incident id it is a "this is my problem too" on a known outage. */
    ProblemReport(AccountSummary reporter, NewReport report, String idempotencyKey, Long joinedIncidentId,
            Instant now) {
        this.reporterId = reporter.id();
        this.reporterName = reporter.displayName();
        this.reporterEmail = reporter.email();
        this.department = reporter.department();
        this.site = reporter.site();
        this.symptom = report.symptom();
        this.client = report.client();
        this.description = report.description();
        this.errorText = report.errorText();
        this.startedAt = report.startedAt();
        this.affectedAddress = report.affectedAddress();
        this.hasScreenshot = report.screenshot() != null;
        this.idempotencyKey = idempotencyKey;
        this.joinedIncident = joinedIncidentId != null;
        this.incidentId = joinedIncidentId;
        this.status = joinedIncidentId == null ? ReportStatus.RECEIVED : ReportStatus.LINKED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void link(long incidentId, Instant now) {
        refuseIfResolved();
        this.incidentId = incidentId;
        this.status = ReportStatus.LINKED;
        this.declineReason = null;
        this.duplicateOfId = null;
        this.updatedAt = now;
    }

    void decline(String reason, Instant now) {
        refuseIfResolved();
        this.status = ReportStatus.DECLINED;
        this.declineReason = reason;
        this.incidentId = null;
        this.duplicateOfId = null;
        this.updatedAt = now;
    }

    /** A duplicate follows the original's incident, so its reporter hears how it ends. */
    void markDuplicateOf(ProblemReport original, Instant now) {
        refuseIfResolved();
        if (original.id.equals(id)) {
            throw new ReportException("duplicateOfId", "report.error.duplicate-of-itself");
        }
        this.status = ReportStatus.DUPLICATE;
        this.duplicateOfId = original.id;
        this.incidentId = original.incidentId;
        this.declineReason = null;
        this.updatedAt = now;
    }

    /** Resolves a linked or duplicate report; false when there was nothing to change. */
    boolean resolve(Instant now) {
        if (status != ReportStatus.LINKED && status != ReportStatus.DUPLICATE) {
            return false;
        }
        this.status = ReportStatus.RESOLVED;
        this.updatedAt = now;
        return true;
    }

    /** "Still broken": a resolved report goes back to triage, still linked to its incident. */
    void reopen(Instant now) {
        if (status != ReportStatus.RESOLVED) {
            throw new ReportException(null, "notification.still-broken.not-resolved");
        }
        this.status = ReportStatus.RECEIVED;
        this.confirmedWorkingAt = null;
        this.updatedAt = now;
    }

    /** "It works now": the reporter confirms a resolved report's problem is gone (the first time counts). */
    void confirmWorking(Instant now) {
        if (status != ReportStatus.RESOLVED) {
            throw new ReportException(null, "report.works-now.not-resolved");
        }
        if (confirmedWorkingAt == null) {
            this.confirmedWorkingAt = now;
            this.updatedAt = now;
        }
    }

    void moveTo(long incidentId, Instant now) {
        this.incidentId = incidentId;
        this.updatedAt = now;
    }

    private void refuseIfResolved() {
        if (status == ReportStatus.RESOLVED) {
            throw new ReportException(null, "report.error.already-resolved");
        }
    }

    Long id() {
        return id;
    }

    long reporterId() {
        return reporterId;
    }

    ReportStatus status() {
        return status;
    }

    Long incidentId() {
        return incidentId;
    }

    ReportSummary summary() {
        return new ReportSummary(id, reporterId, reporterName, reporterEmail, department, site, symptom, client,
                description, errorText, startedAt, affectedAddress, status, incidentId, declineReason, duplicateOfId,
                hasScreenshot, joinedIncident, createdAt, confirmedWorkingAt);
    }
}
