package org.outagedesk.report;

/** Live topics of the report module (payload: the event record). */
public final class ReportTopics {

    /** Every new or changed report, for the triage queue. */
    public static final String TRIAGE = "triage";

    private static final String REPORTER_PREFIX = "reports:user:";
    private static final String OUTAGE_PREFIX = "reports:outage:";

    private ReportTopics() {}

    /** A reporter's own reports changed ("My reports" and status pop-ups listen here). */
    public static String reporter(long reporterId) {
        return REPORTER_PREFIX + reporterId;
    }

    /**
     * What reporters see of an outage changed: a public update, its status, ETA or resolution
     * summary (payload {@link KnownOutageChanged}). The module that knows incidents publishes here
     * after commit; "My reports" listens for the incidents its reports are linked to.
     */
    public static String outage(long incidentId) {
        return OUTAGE_PREFIX + incidentId;
    }
}
