package org.outagedesk.report;

/** Live topics the report module publishes on after commit (payload: the event record). */
public final class ReportTopics {

    /** Every new or changed report, for the triage queue. */
    public static final String TRIAGE = "triage";

    private static final String REPORTER_PREFIX = "reports:user:";

    private ReportTopics() {}

    /** A reporter's own reports changed ("My reports" and status pop-ups listen here). */
    public static String reporter(long reporterId) {
        return REPORTER_PREFIX + reporterId;
    }
}
