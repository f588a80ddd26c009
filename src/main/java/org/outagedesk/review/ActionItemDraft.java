package org.outagedesk.review;

import java.time.LocalDate;

/** What staff enter for a new action item or a change of one; {@code status} is ignored on creation. */
public record ActionItemDraft(String title, long ownerId, LocalDate dueDate, ActionItemPriority priority,
        ActionItemStatus status) {}
