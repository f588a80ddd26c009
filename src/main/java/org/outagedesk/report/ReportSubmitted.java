package org.outagedesk.report;

/** A report was stored (published in the submitting transaction). */
public record ReportSubmitted(long reportId, long reporterId, Symptom symptom, MailClient client, Long incidentId) {}
