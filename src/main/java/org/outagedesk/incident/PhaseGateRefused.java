package org.outagedesk.incident;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A move to a later phase refused by a {@link PhaseGate}: which items are still open, so that a
 * screen can name each by number and title in its reader's language and lead to it. Its message
 * argument alone carries the numbers, for readers who only get the key.
 */
public class PhaseGateRefused extends IncidentException {

    private final long incidentId;
    private final Phase target;
    private final transient List<PhaseGate.OpenItem> openItems;

    public PhaseGateRefused(long incidentId, Phase target, List<PhaseGate.OpenItem> openItems) {
        super("incident.error.phase-gate", openItems.stream().map(PhaseGate.OpenItem::number)
                .collect(Collectors.joining(", ")));
        this.incidentId = incidentId;
        this.target = target;
        this.openItems = List.copyOf(openItems);
    }

    public long incidentId() {
        return incidentId;
    }

    public Phase target() {
        return target;
    }

    public List<PhaseGate.OpenItem> openItems() {
        return openItems;
    }
}
