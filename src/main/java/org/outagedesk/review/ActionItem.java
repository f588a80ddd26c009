package org.outagedesk.review;

import java.time.LocalDate;

/** A promise made in a review: what, who (and their team), by when, how urgent, how far. */
public record ActionItem(
        long id,
        long reviewId,
        long incidentId,
        String incidentReference,
        String title,
        long ownerId,
        String ownerName,
        String team,
        LocalDate dueDate,
        ActionItemPriority priority,
        ActionItemStatus status,
        long version) {

    /** Not finished and its due date has passed. */
    public boolean overdue(LocalDate today) {
        return !status.isFinished() && dueDate.isBefore(today);
    }
}
