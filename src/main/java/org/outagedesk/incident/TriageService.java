package org.outagedesk.incident;

import java.util.Collection;
import java.util.List;
import org.outagedesk.report.ReportFilter;
import org.outagedesk.report.ReportSummary;

/** IT staff: the triage queue, its scope suggestions, and what to do with each report. */
public interface TriageService {

    /** Unlinked open reports, newest first. */
    List<ReportSummary> queue(ReportFilter filter);

    /** Recent unlinked reports (within {@code outagedesk.triage.window}) grouped by symptom and client, largest first. */
    List<TriageGroup> suggestions();

    /** The scope and severity suggested for a hand-picked selection of reports. */
    TriageGroup suggest(Collection<ReportSummary> reports);

    /** Links reports to an open incident; reporters are told. Counts as the incident's first IT action. */
    void link(Collection<Long> reportIds, long incidentId);

    /** Declines a report (not a mail problem) with a reason the reporter sees. */
    void decline(long reportId, String reason);

    /** Marks a report as a duplicate of another. */
    void markDuplicate(long reportId, long duplicateOfId);
}
