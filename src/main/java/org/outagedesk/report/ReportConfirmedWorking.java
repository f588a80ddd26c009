package org.outagedesk.report;

/** The reporter confirmed "it works now" on a resolved report (published in the confirming transaction). */
public record ReportConfirmedWorking(long reportId, long reporterId, Long incidentId) {}
