package org.outagedesk.incident;

import java.time.Instant;
import java.util.List;

/**
 * Status updates and resolution summaries of incidents. IT staff post them; the notification
 * module turns {@link StatusUpdatePosted} into messages in the same transaction.
 */
public interface StatusUpdateService {

    /** IT staff: posts an update; the incident's public status and ETA follow a public update. */
    StatusUpdate post(long incidentId, NewStatusUpdate update);

    /**
     * IT staff: publishes the resolution summary, marks every linked report resolved and tells
     * reporters, affected users and subscribers.
     */
    StatusUpdate publishSummary(long incidentId, ResolutionSummary summary);

    /** IT staff and managers: every update of the incident, newest first. */
    List<StatusUpdate> updates(long incidentId);

    /**
     * Public data for the status page and banners: open public incidents and those resolved
     * since the given instant, with their public updates. Needs no sign-in (public fields only).
     */
    List<PublicIncident> publicIncidents(Instant resolvedSince);

    /** Ids of the incidents still open (for banners; public knowledge, no sign-in needed). */
    java.util.Set<Long> openIncidentIds();
}
