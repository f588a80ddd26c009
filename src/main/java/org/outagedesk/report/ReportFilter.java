package org.outagedesk.report;

import java.time.Instant;

/** Triage filters; {@code null} means "any". */
public record ReportFilter(Symptom symptom, MailClient client, String department, String site, Instant since) {

    public static ReportFilter any() {
        return new ReportFilter(null, null, null, null, null);
    }
}
