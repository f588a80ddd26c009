package org.outagedesk.review.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.outagedesk.review.ActionItem;
import org.outagedesk.review.ActionItemOwner;
import org.outagedesk.review.ActionItemPriority;
import org.outagedesk.review.ActionItemStatus;
import org.outagedesk.review.ReviewException;

/** An action item: requires a title, an owner, a due date and a priority. */
@Entity
@Table(name = "action_item")
class ActionItemEntry {

    static final int MAX_TITLE = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long reviewId;
    private long incidentId;
    private String title;
    private long ownerId;
    private String ownerName;
    private String ownerTeam;
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private ActionItemPriority priority;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private ActionItemStatus status;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected ActionItemEntry() {}

    ActionItemEntry(long reviewId, long incidentId, Instant now) {
        this.reviewId = reviewId;
        this.incidentId = incidentId;
        this.status = ActionItemStatus.OPEN;
        this.createdAt = now;
    }

    /** Sets what staff entered; checks the required fields. */
    void update(String newTitle, ActionItemOwner owner, LocalDate due, ActionItemPriority newPriority,
            ActionItemStatus newStatus, Instant now) {
        String cleanTitle = newTitle == null ? "" : newTitle.strip();
        if (cleanTitle.isEmpty()) {
            throw new ReviewException("review.action.error.title-required");
        }
        if (cleanTitle.length() > MAX_TITLE) {
            throw new ReviewException("review.error.too-long", MAX_TITLE);
        }
        if (due == null) {
            throw new ReviewException("review.action.error.due-required");
        }
        this.title = cleanTitle;
        this.ownerId = owner.accountId();
        this.ownerName = owner.name();
        this.ownerTeam = owner.team();
        this.dueDate = due;
        this.priority = newPriority == null ? ActionItemPriority.MEDIUM : newPriority;
        this.status = newStatus == null ? status : newStatus;
        this.updatedAt = now;
    }

    ActionItem toItem(String incidentReference) {
        return new ActionItem(id, reviewId, incidentId, incidentReference, title, ownerId, ownerName, ownerTeam,
                dueDate, priority, status, version);
    }

    long id() {
        return id;
    }

    long reviewId() {
        return reviewId;
    }

    long incidentId() {
        return incidentId;
    }

    long version() {
        return version;
    }

    LocalDate dueDate() {
        return dueDate;
    }

    long ownerId() {
        return ownerId;
    }

    String title() {
        return title;
    }

    String ownerTeam() {
        return ownerTeam;
    }

    ActionItemStatus status() {
        return status;
    }

    ActionItemPriority priority() {
        return priority;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
