package org.outagedesk.runbook;

import java.util.List;

/**
 * Checks other modules offer for checklist items (e.g. the probe module's mail probes and
 * round trips), so an item is proven by a recorded result rather than ticked. The runbook
 * calls {@link #run(String)} off the UI thread with the signed-in person's security context and
 * attaches the returned text as {@link EvidenceKind#PROBE} evidence.
 */
public interface EvidenceSource {

    /** The checks offered for this item (none for most items). */
    List<EvidenceCheck> checks(RunbookItem item);

    /** Runs the check and returns its result as text: what, where, when, each step and its latency. */
    String run(String checkId);
}
