package org.outagedesk.runbook.internal;

import java.util.List;
import org.outagedesk.incident.Phase;
import org.outagedesk.incident.PhaseGate;
import org.outagedesk.runbook.ItemState;
import org.outagedesk.runbook.RunbookProperties;
import org.springframework.stereotype.Component;

/** The incident module's phase gate: required items of earlier phases must be done or not applicable. */
@Component
class RunbookPhaseGate implements PhaseGate {

    private final RunReader reader;
    private final RunbookProperties properties;

    RunbookPhaseGate(RunReader reader, RunbookProperties properties) {
        this.reader = reader;
        this.properties = properties;
    }

    @Override
    public List<OpenItem> openRequiredItemsBefore(long incidentId, Phase target) {
        if (!properties.isPhaseGates()) {
            return List.of();
        }
        return reader.read(incidentId).map(run -> run.items().stream()
                .filter(item -> item.required() && item.state() == ItemState.OPEN && item.phase().compareTo(target) < 0)
                .map(item -> new OpenItem(item.number(), item.titleEs(), item.titleEn(), anchor(item.id())))
                .toList()).orElse(List.of());
    }

    /** What names an item on the incident page (the checklist row's id). */
    static String anchor(long itemId) {
        return "runbook-item-" + itemId;
    }
}
