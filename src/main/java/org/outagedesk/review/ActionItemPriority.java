package org.outagedesk.review;

/** How urgent an action item is. */
public enum ActionItemPriority {
    LOW,
    MEDIUM,
    HIGH
}
