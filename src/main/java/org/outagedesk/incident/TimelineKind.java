package org.outagedesk.incident;

/** What a timeline entry records. */
public enum TimelineKind {
    OPENED,
    CHANGED,
    NOTE,
    REPORTS_LINKED,
    RESOLVED,
    CLOSED,
    MERGED_INTO,
    MERGED_FROM,
    COPIED,
    /** A checklist step of the runbook (its text in the note). */
    RUNBOOK,
    /** The commander moved the phase past open required checklist items (the reason in the note). */
    GATE_OVERRIDDEN,
    /** What a monitoring system reported (alerts firing or resolved; the text in the note). */
    MONITORING
}
