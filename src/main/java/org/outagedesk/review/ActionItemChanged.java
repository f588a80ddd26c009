package org.outagedesk.review;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An action item was created or changed (status, owner, due date). Carries the whole current
 * state so followers need not read it back; {@code team} is the owner's department, may be null.
 */
public record ActionItemChanged(
        long actionItemId,
        long reviewId,
        long incidentId,
        ActionItemStatus status,
        ActionItemPriority priority,
        LocalDate dueDate,
        long ownerId,
        String team,
        Instant changedAt) {}
