package org.outagedesk.report;

import java.time.Duration;

/** The person has created reports faster than the per-person limit allows; nothing was stored. */
public class ReportRateLimited extends ReportException {

    private final Duration retryAfter;

    public ReportRateLimited(Duration retryAfter) {
        super(null, "report.error.too-many", retryAfter.toSeconds());
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
