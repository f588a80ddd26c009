package org.outagedesk.review;

/** Progress of a promise made in a review. DONE and CANCELLED are final. */
public enum ActionItemStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    CANCELLED;

    public boolean isFinished() {
        return this == DONE || this == CANCELLED;
    }
}
