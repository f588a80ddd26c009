package org.outagedesk.runbook;

/** What was done to fix the outage (phase 4). */
public enum ActionType {
    RESTART,
    PATCH,
    ROLLBACK,
    CONFIGURATION_CHANGE,
    OTHER
}
