package org.outagedesk.report;

/** Where a report stands, as its reporter sees it. */
public enum ReportStatus {
    RECEIVED,
    LINKED,
    RESOLVED,
    DECLINED,
    DUPLICATE
}
