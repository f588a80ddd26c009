package org.outagedesk.report;

import java.util.List;

/** One page of reports (pages count from 0) and how many there are in all. */
public record ReportPage(List<ReportSummary> reports, int page, int size, long total) {

    public ReportPage {
        reports = List.copyOf(reports);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
