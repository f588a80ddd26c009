package org.outagedesk.runbook;

/** How an action of the log turned out. */
public enum ActionOutcome {
    SUCCESS,
    PARTIAL,
    FAILED
}
