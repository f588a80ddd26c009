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
    COPIED
}
