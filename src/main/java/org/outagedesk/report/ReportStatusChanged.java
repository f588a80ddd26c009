package org.outagedesk.report;

/** A report was linked, declined, marked duplicate, resolved or moved (merge). */
public record ReportStatusChanged(long reportId, long reporterId, ReportStatus status, Long incidentId) {}
