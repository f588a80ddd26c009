package org.outagedesk.incident.internal;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.outagedesk.incident.IncidentException;
import org.outagedesk.incident.IncidentState;
import org.outagedesk.incident.Milestone;
import org.outagedesk.incident.Phase;
import org.outagedesk.incident.PublicStatus;
import org.outagedesk.incident.Scope;
import org.outagedesk.incident.Severity;

/** The single-valued fields of an {@link Incident} and their guarded changes. */
@MappedSuperclass
abstract class IncidentFields {

    @Column(nullable = false)
    private String title;

    private String description;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Scope scope;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Severity severity;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Phase phase = Phase.ASSESSMENT;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private IncidentState state = IncidentState.OPEN;

    private Long mergedIntoId;
    private Instant eta;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private PublicStatus publicStatus = PublicStatus.INVESTIGATING;

    private String publicTitle;
    private Instant impactStartedAt;
    private Instant detectedAt;
    private Instant acknowledgedAt;
    private Instant mitigatedAt;
    private Instant resolvedAt;
    private Instant closedAt;
    private int reportCount;
    private Instant createdAt;
    private Instant updatedAt;
    private Long lastChangedById;
    private String lastChangedByName;

    protected IncidentFields() {}

    IncidentFields(String title, String description, Scope scope, Severity severity, Instant now) {
        this.title = title;
        this.description = description;
        this.scope = required(scope);
        this.severity = required(severity);
        this.createdAt = now;
        this.updatedAt = now;
    }

    String title() { return title; }
    String description() { return description; }
    Scope scope() { return scope; }
    Severity severity() { return severity; }
    Phase phase() { return phase; }
    IncidentState state() { return state; }
    Long mergedIntoId() { return mergedIntoId; }
    Instant eta() { return eta; }
    PublicStatus publicStatus() { return publicStatus; }
    String publicTitle() { return publicTitle; }
    int reportCount() { return reportCount; }
    Instant createdAt() { return createdAt; }
    Instant updatedAt() { return updatedAt; }
    Long lastChangedById() { return lastChangedById; }
    String lastChangedByName() { return lastChangedByName; }

    boolean isOpen() {
        return state == IncidentState.OPEN;
    }

    void requireOpen() {
        if (!isOpen()) {
            throw new IncidentException("incident.error.not-open");
        }
    }

    /** Who changed it last, for "changed by X meanwhile". */
    void touch(long actorId, String actorName, Instant now) {
        this.lastChangedById = actorId;
        this.lastChangedByName = actorName;
        this.updatedAt = now;
    }

    FieldChange changeTitle(String next) {
        requireOpen();
        return change("title", title, title = Incident.requiredTitle(next));
    }

    FieldChange changeDescription(String next) {
        requireOpen();
        return change("description", description, description = Incident.optionalText(next));
    }

    FieldChange changePhase(Phase next) {
        requireOpen();
        return change("phase", phase, phase = required(next));
    }

    /** The review started (SOP phase 7): a resolved or closed incident moves to the review phase. */
    FieldChange enterReview() {
        if (state != IncidentState.RESOLVED && state != IncidentState.CLOSED) {
            throw new IncidentException("incident.error.review-unresolved");
        }
        return change("phase", phase, phase = Phase.REVIEW);
    }

    FieldChange changeScope(Scope next) {
        requireOpen();
        return change("scope", scope, scope = required(next));
    }

    FieldChange changeSeverity(Severity next) {
        requireOpen();
        return change("severity", severity, severity = required(next));
    }

    FieldChange changeEta(Instant next) {
        requireOpen();
        return change("eta", eta, eta = next);
    }

    FieldChange changePublicStatus(PublicStatus next) {
        requireOpen();
        return change("publicStatus", publicStatus, publicStatus = required(next));
    }

    FieldChange changePublicTitle(String next) {
        requireOpen();
        return change("publicTitle", publicTitle, publicTitle = Incident.singleLine(next));
    }

    Instant milestone(Milestone milestone) {
        return switch (milestone) {
            case IMPACT_STARTED -> impactStartedAt;
            case DETECTED -> detectedAt;
            case ACKNOWLEDGED -> acknowledgedAt;
            case MITIGATED -> mitigatedAt;
            case RESOLVED -> resolvedAt;
            case CLOSED -> closedAt;
        };
    }

    /** Sets a metrics timestamp; closed incidents keep theirs, merged ones too. */
    FieldChange changeMilestone(Milestone milestone, Instant at) {
        if (state == IncidentState.MERGED || state == IncidentState.CLOSED) {
            throw new IncidentException("incident.error.not-open");
        }
        Instant before = milestone(milestone);
        switch (milestone) {
            case IMPACT_STARTED -> impactStartedAt = at;
            case DETECTED -> detectedAt = at;
            case ACKNOWLEDGED -> acknowledgedAt = at;
            case MITIGATED -> mitigatedAt = at;
            case RESOLVED -> resolvedAt = at;
            case CLOSED -> closedAt = at;
        }
        return change("milestone." + milestone.name(), before, at);
    }

    FieldChange resolve(Instant now) {
        requireOpen();
        state = IncidentState.RESOLVED;
        publicStatus = PublicStatus.RESOLVED;
        if (resolvedAt == null) {
            resolvedAt = now;
        }
        if (mitigatedAt == null) {
            mitigatedAt = now;
        }
        return new FieldChange("state", IncidentState.OPEN.name(), state.name());
    }

    FieldChange close(Instant now) {
        if (state != IncidentState.RESOLVED) {
            throw new IncidentException("incident.error.close-unresolved");
        }
        state = IncidentState.CLOSED;
        closedAt = now;
        return new FieldChange("state", IncidentState.RESOLVED.name(), state.name());
    }

    void markMerged(long survivorId, Instant now) {
        state = IncidentState.MERGED;
        mergedIntoId = survivorId;
        updatedAt = now;
    }

    void addReports(int count) {
        reportCount += count;
    }

    private static FieldChange change(String field, Object before, Object after) {
        return new FieldChange(field, FieldChange.text(before), FieldChange.text(after));
    }

    private static <T> T required(T value) {
        if (value == null) {
            throw new IncidentException("incident.error.required");
        }
        return value;
    }
}
