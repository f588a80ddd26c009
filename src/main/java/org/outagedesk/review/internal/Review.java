package org.outagedesk.review.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.outagedesk.incident.Severity;
import org.outagedesk.review.CauseCategory;
import org.outagedesk.review.ReviewAnswers;
import org.outagedesk.review.ReviewException;
import org.outagedesk.review.ReviewStatus;

/** One incident's review. Guards its rules: a final review no longer changes; finalising needs the key answers. */
@Entity
@Table(name = "review")
class Review {

    static final int MAX_TEXT = 1500;
    static final int MAX_STORY = 3000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long incidentId;
    private String incidentReference;
    private String incidentTitle;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Severity severity;
    private String language;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private ReviewStatus status;
    private String whatHappened;
    private String rootCause;
    private String contributingFactors;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private CauseCategory causeCategory;
    private String responseAssessment;
    private String wentWell;
    private String toImprove;
    private String prevention;
    private Instant startedAt;
    private String startedByName;
    private Instant finalisedAt;
    private String finalisedByName;
    private Instant updatedAt;
    private String lastChangedByName;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_participant", joinColumns = @JoinColumn(name = "review_id"))
    private List<Participant> participants = new ArrayList<>();

    protected Review() {}

    Review(long incidentId, String incidentReference, String incidentTitle, Severity severity, String language,
            ReviewAnswers template, String startedBy, Instant now) {
        this.incidentId = incidentId;
        this.incidentReference = incidentReference;
        this.incidentTitle = incidentTitle;
        this.severity = severity;
        this.language = language;
        this.status = ReviewStatus.DRAFT;
        this.startedAt = now;
        this.startedByName = startedBy;
        write(template, startedBy, now);
    }

    /** Replaces the answers; refused once final, or when a text is too long. */
    void write(ReviewAnswers answers, String by, Instant now) {
        requireDraft();
        whatHappened = text(answers.whatHappened(), MAX_STORY);
        rootCause = text(answers.rootCause(), MAX_TEXT);
        contributingFactors = text(answers.contributingFactors(), MAX_TEXT);
        causeCategory = answers.cause();
        responseAssessment = text(answers.responseAssessment(), MAX_TEXT);
        wentWell = text(answers.wentWell(), MAX_TEXT);
        toImprove = text(answers.toImprove(), MAX_TEXT);
        prevention = text(answers.prevention(), MAX_TEXT);
        touch(by, now);
    }

    void finalise(String by, Instant now) {
        requireDraft();
        if (whatHappened == null || rootCause == null || causeCategory == null) {
            throw new ReviewException("review.error.incomplete");
        }
        status = ReviewStatus.FINAL;
        finalisedAt = now;
        finalisedByName = by;
        touch(by, now);
    }

    void invite(long accountId, String name) {
        if (participants.stream().noneMatch(participant -> participant.accountId() == accountId)) {
            participants.add(new Participant(accountId, name));
        }
    }

    void touch(String by, Instant now) {
        updatedAt = now;
        lastChangedByName = by;
    }

    private void requireDraft() {
        if (status == ReviewStatus.FINAL) {
            throw new ReviewException("review.error.final");
        }
    }

    static String text(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new ReviewException("review.error.too-long", max);
        }
        return stripped;
    }

    ReviewAnswers answers() {
        return new ReviewAnswers(whatHappened, rootCause, contributingFactors, causeCategory, responseAssessment,
                wentWell, toImprove, prevention);
    }

    long id() {
        return id;
    }

    long incidentId() {
        return incidentId;
    }

    String incidentReference() {
        return incidentReference;
    }

    String incidentTitle() {
        return incidentTitle;
    }

    Severity severity() {
        return severity;
    }

    String language() {
        return language;
    }

    ReviewStatus status() {
        return status;
    }

    Instant startedAt() {
        return startedAt;
    }

    String startedByName() {
        return startedByName;
    }

    Instant finalisedAt() {
        return finalisedAt;
    }

    String finalisedByName() {
        return finalisedByName;
    }

    String lastChangedByName() {
        return lastChangedByName;
    }

    long version() {
        return version;
    }

    List<Participant> participants() {
        return List.copyOf(participants);
    }
}
