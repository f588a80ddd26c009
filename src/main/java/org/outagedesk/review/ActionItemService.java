package org.outagedesk.review;

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

    /** The owners' departments, for the team filter. */
    List<String> teams();
}
