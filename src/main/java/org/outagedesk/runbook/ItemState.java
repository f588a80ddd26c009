package org.outagedesk.runbook;

/** Where a checklist item stands. */
public enum ItemState {
    OPEN,
    DONE,
    NOT_APPLICABLE
}
