package org.outagedesk.runbook.ui;

import java.util.List;
import org.outagedesk.incident.Phase;
import org.outagedesk.runbook.ItemState;
import org.outagedesk.runbook.RunbookItem;

/**
 * A row of a phase's list: the phase's heading with how many of its items are settled, or one item.
 * Rows are told apart by {@link #key()}, so an item that changed replaces its old row in place.
 *
 * @param phase the phase the row belongs to
 * @param item the item, or null for the heading
 * @param settled for the heading: how many of the phase's items are done or do not apply
 * @param total for the heading: how many items the phase has
 */
record ChecklistRow(Phase phase, RunbookItem item, long settled, int total) {

    static ChecklistRow heading(Phase phase, List<RunbookItem> items) {
        return new ChecklistRow(phase, null, items.stream().filter(item -> item.state() != ItemState.OPEN).count(),
                items.size());
    }

    static ChecklistRow of(RunbookItem item) {
        return new ChecklistRow(item.phase(), item, 0, 0);
    }

    boolean isHeading() {
        return item == null;
    }

    /** The row's identity: the phase for its heading, the item's id for an item. */
    String key() {
        return isHeading() ? "phase-" + phase.name() : "item-" + item.id();
    }
}
