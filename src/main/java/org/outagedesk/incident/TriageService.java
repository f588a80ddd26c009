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

    /**
     * What triage suggests for an incident as it stands: its linked reports (the error most of them
     * share) and the failing probes of its mail services, read with the same rule as a triage card.
     */
    TriageGroup forIncident(long incidentId);

    /** Marks triage's suggested causes and first checklist items for an incident right or wrong. */
    void rateCauseSuggestion(long incidentId, CauseVerdict verdict);

    /** Links reports to an open incident; reporters are told. Counts as the incident's first IT action. */
    void link(Collection<Long> reportIds, long incidentId);

    /** Declines a report (not a mail problem) with a reason the reporter sees. */
    void decline(long reportId, String reason);

    /** Marks a report as a duplicate of another. */
    void markDuplicate(long reportId, long duplicateOfId);
}
