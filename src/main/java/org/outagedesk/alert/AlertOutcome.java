package org.outagedesk.alert;

/** What an alert notification did. */
public enum AlertOutcome {
    /** Opened a new incident. */
    OPENED,
    /** Added to the timeline of the group's open incident. */
    UPDATED,
    /** Resolved alerts, recorded on the incident. */
    RESOLVED,
    /** Nothing to do: resolved alerts of a group without an open incident. */
    IGNORED
}
