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
    /** A checklist step of the runbook: its message, and what a person wrote with it in the note. */
    RUNBOOK,
    /** The commander moved the phase past open required checklist items (the reason in the note). */
    GATE_OVERRIDDEN,
    /** What a monitoring system reported (alerts firing or resolved), as a message with a line per alert. */
    MONITORING,
    /** A status update or the resolution summary was posted: who it was for in the message, its text in the note. */
    STATUS_UPDATE
}
