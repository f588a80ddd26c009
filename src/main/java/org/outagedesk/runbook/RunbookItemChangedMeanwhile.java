package org.outagedesk.runbook;

/**
 * Someone changed the item after this person loaded it: the change is refused, the view says
 * "changed by X meanwhile" and shows fresh state.
 */
public class RunbookItemChangedMeanwhile extends RuntimeException {

    private final long itemId;
    private final String changedBy;

    public RunbookItemChangedMeanwhile(long itemId, String changedBy) {
        super("Checklist item " + itemId + " was changed meanwhile by " + changedBy);
        this.itemId = itemId;
        this.changedBy = changedBy;
    }

    public long itemId() {
        return itemId;
    }

    /** Who made the latest change, or {@code null} if unknown. */
    public String changedBy() {
        return changedBy;
    }
}
