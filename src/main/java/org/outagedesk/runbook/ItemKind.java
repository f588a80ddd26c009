package org.outagedesk.runbook;

/** A plain check, a verification signed off by two people, or the item that carries the action log. */
public enum ItemKind {
    CHECK,
    VERIFICATION,
    ACTION_LOG
}
