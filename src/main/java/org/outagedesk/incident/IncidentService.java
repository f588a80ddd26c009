package org.outagedesk.incident;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.outagedesk.report.ReportSummary;

/**
 * Incidents. IT staff change them, IT staff and managers read them. Every change is written
 * to the timeline (who, when, what, before → after). Changes carry the version the person
 * saw; if someone changed the incident since, {@link IncidentChangedMeanwhile} is thrown and
 * nothing is overwritten. Refusals staff can act on are {@link IncidentException}s.
 */
public interface IncidentService {

    /** Opens an incident from triage with the given reports linked. */
    IncidentDetails open(NewIncident incident);

    /** Incidents in a state (or all with {@code null}), newest first. */
    List<IncidentSummary> list(IncidentState state);

    Optional<IncidentDetails> find(long incidentId);

    /** The timeline, newest first. */
    List<TimelineItem> timeline(long incidentId);

    /** The linked reports, oldest first. */
    List<ReportSummary> reports(long incidentId);

    /** People who can hold incident roles (IT staff). */
    List<StaffMember> staff();

    /** Applies one change, if the incident is still at {@code expectedVersion}. */
    IncidentDetails change(long incidentId, long expectedVersion, IncidentEdit edit);

    /** Adds a staff note to the timeline of an open or resolved incident (notes never conflict, so no version). */
    IncidentDetails addNote(long incidentId, String note);

    /** Resolves the incident and every linked report; reporters are told. */
    IncidentDetails resolve(long incidentId, long expectedVersion);

    /** Closes a resolved incident (after the review). */
    IncidentDetails close(long incidentId, long expectedVersion);

    /**
     * Merges one incident into a survivor: reports move, the timeline is copied with a note,
     * and the merged one becomes MERGED with a pointer to the survivor.
     */
    IncidentDetails merge(long mergedId, long mergedVersion, long survivorId);

    /**
     * Moves the incident to a phase although the phase gate refuses it: only the incident's
     * commander may, and the reason is required and written to the timeline.
     */
    IncidentDetails overridePhaseGate(long incidentId, long expectedVersion, Phase phase, String reason);

    /**
     * The review of a resolved (or closed) incident started: the incident moves to SOP phase 7,
     * Review, written to the timeline as the signed-in person's. Called by the review module; no
     * phase gate applies, as the incident is already resolved. Nothing changes when it is there.
     */
    IncidentDetails enterReview(long incidentId);

    /**
     * Writes a checklist step (done by the signed-in person) to the timeline; used by the runbook
     * module.
     *
     * @param itemId the run item the step was on, or {@code null} for the whole checklist
     * @param step what was done, to be put into each reader's words (titles in both languages)
     * @param detail what the person wrote with it (a note, a reason, evidence), kept as written; or {@code null}
     */
    void recordRunbookStep(long incidentId, Long itemId, TimelineMessage step, String detail);

    /**
     * Opens an incident a monitoring system detected (the "Monitoring" system actor only):
     * impact started when the alert began, detected now, and, unlike {@link #open}, not
     * acknowledged: that stays for the first person who acts on it.
     */
    IncidentDetails openFromMonitoring(NewIncident incident, Instant impactStartedAt);

    /**
     * Writes what monitoring saw to the timeline of an open incident (the "Monitoring" system
     * actor only). With {@code recovered}, monitoring says the service is back: the MITIGATED
     * milestone is set if nobody set it yet; the incident stays open for people to verify and
     * resolve. An incident that is no longer open is returned unchanged, so the caller can
     * open a new one.
     */
    IncidentDetails recordMonitoring(long incidentId, TimelineMessage report, boolean recovered);
}
