package org.outagedesk.incident;

/** Live topic names the incident module publishes to after commit. */
public final class IncidentTopics {

    /** Any change to any incident (the shared board). */
    public static final String BOARD = "board";

    /** Reports arrived, were linked or declined (the triage queue; the report module publishes here too). */
    public static final String TRIAGE = "triage";

    /**
     * Monitoring signals changed (a probe failed again, or recovered): only the signal cards of
     * triage are re-read, not the report queue under someone's selection.
     */
    public static final String TRIAGE_SIGNALS = "triage-signals";

    private IncidentTopics() {}

    /** Changes to one incident (its page, and "my reports" of its reporters). */
    public static String incident(long incidentId) {
        return "incident:" + incidentId;
    }

    /** The presence place of an incident page; topic {@code Presence.topic(place)}. */
    public static String presencePlace(long incidentId) {
        return "incident:" + incidentId;
    }
}
