package org.outagedesk.incident;

import java.util.List;

/**
 * Asked before an incident moves to a later phase (implemented by the runbook module): the
 * required checklist items of earlier phases that are still open. A non-empty answer refuses
 * the move unless the commander overrides it with a reason.
 */
public interface PhaseGate {

    /** Short labels (e.g. "3.2 Server logs") of required items before {@code target} still open; empty lets it pass. */
    List<String> openRequiredItemsBefore(long incidentId, Phase target);
}
