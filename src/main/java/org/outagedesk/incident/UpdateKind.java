package org.outagedesk.incident;

/** A status update during the outage, or the resolution summary at its end. */
public enum UpdateKind {
    UPDATE,
    SUMMARY
}
