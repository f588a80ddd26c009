package org.outagedesk.report;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Problem reports. End users submit and follow their own; IT staff (through triage in the
 * incident module) link, decline, mark duplicate and resolve. Refusals the user can act on
 * are {@link ReportException}s carrying a message key and, for forms and the API, the field.
 */
public interface ReportService {

    /**
     * Stores a report for the signed-in person. The same idempotency key from the same
     * person returns the first report instead of storing a second one.
     */
    ReportSummary submit(NewReport report, String idempotencyKey);

    /**
     * "This is my problem too": records the signed-in person as an affected reporter of a
     * known, open incident (a report already linked to it). Idempotent per person and incident.
     */
    ReportSummary joinIncident(long incidentId, Symptom symptom, MailClient client);

    /** The signed-in person's reports, newest first. */
    List<ReportSummary> myReports();

    /** One page (from 0) of the signed-in person's reports, newest first, with their total. */
    ReportPage myReports(int page, int size);

    /** A report, if the signed-in person owns it or is IT staff; empty otherwise. */
    Optional<ReportSummary> find(long reportId);

    /** The screenshot of a report, under the same rule as {@link #find}. */
    Optional<byte[]> screenshot(long reportId);

    /** IT staff: reports not linked to any incident and still open, newest first. */
    List<ReportSummary> unlinked(ReportFilter filter);

    /** IT staff: reports linked to an incident, oldest first. */
    List<ReportSummary> linkedTo(long incidentId);

    /** IT staff: links reports to an incident; reporters are told. */
    void link(Collection<Long> reportIds, long incidentId);

    /** IT staff: declines a report (not a mail problem) with a reason the reporter sees. */
    void decline(long reportId, String reason);

    /** IT staff: marks a report as a duplicate of another. */
    void markDuplicate(long reportId, long duplicateOfId);

    /** IT staff: every report of the incident becomes resolved; reporters are told. */
    void resolveAll(long incidentId);

    /** IT staff: moves every report of one incident to another (incident merge). */
    void moveAll(long fromIncidentId, long toIncidentId);

    /**
     * The reporter says the problem is not gone after the incident was resolved: their resolved
     * report goes back to the triage queue (status RECEIVED), still linked to the incident.
     */
    ReportSummary reportStillBroken(long reportId);

    /**
     * The reporter says the problem is gone after the incident was resolved: recorded on their
     * resolved report (IT sees it beside the incident's linked reports). Confirming again changes nothing.
     */
    ReportSummary confirmWorking(long reportId);

    /** Ids of the people who reported or joined the incident (for notifications). */
    List<Long> reporterIds(long incidentId);
}
