package org.outagedesk.review;

import java.time.LocalDate;
import java.util.List;

/**
 * Action items of all reviews. IT staff create and change them, IT staff and managers list them.
 * Every creation and change emits {@link ActionItemChanged} inside the transaction.
 */
public interface ActionItemService {

    ActionItem create(long reviewId, ActionItemDraft draft);

    /** Changes title, owner, due date, priority and status, if the item is still at {@code expectedVersion}. */
    ActionItem change(long actionItemId, long expectedVersion, ActionItemDraft draft);

    /** Action items matching the filter, soonest due first. */
    List<ActionItem> list(ActionItemFilter filter);

    /** People who can own action items (IT staff and managers). */
    List<ActionItemOwner> owners();

    /**
     * Today in the reviews' time zone: due dates are dates there, so every reader sees the same items
     * overdue (from the day after the due date) whatever their own zone.
     */
    LocalDate today();

    /** The owners' departments, for the team filter. */
    List<String> teams();
}
