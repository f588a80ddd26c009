package org.outagedesk.runbook.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.ListDataProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.outagedesk.incident.Phase;
import org.outagedesk.incident.StaffMember;
import org.outagedesk.runbook.Evidence;
import org.outagedesk.runbook.RunbookItem;

/**
 * One SOP phase of the checklist: a virtual list of its heading and items, then the work areas
 * opened on its items and, in the phase that has one, the action log. A change sends the browser
 * only the rows it touched, as data; an open work area stays where it is while the rows change.
 */
class ChecklistPhase extends Div {

    /** The rows, told apart by their key, so a row that changed replaces its old self in the browser. */
    private static final class Rows extends ListDataProvider<ChecklistRow> {
        Rows(List<ChecklistRow> rows) {
            super(rows);
        }

        @Override
        public Object getId(ChecklistRow row) {
            return row.key();
        }
    }

    private final Phase phase;
    private final List<StaffMember> staff;
    private final ItemActions actions;
    private final List<ChecklistRow> rows = new ArrayList<>();
    private final Rows data = new Rows(rows);
    private final VirtualList<ChecklistRow> list = new VirtualList<>();
    // The work areas open on this page, by item id, in the items' order below the list.
    private final Map<Long, ItemWorkArea> open = new LinkedHashMap<>();

    ChecklistPhase(Phase phase, List<RunbookItem> items, List<StaffMember> staff, boolean canChange, long viewerId,
            ItemActions actions, Function<Evidence, String> fileUrl) {
        this.phase = phase;
        this.staff = staff;
        this.actions = actions;
        addClassName("runbook-phase");
        rows.add(ChecklistRow.heading(phase, items));
        items.forEach(item -> rows.add(ChecklistRow.of(item)));
        list.setId("runbook-items-" + phase.name());
        list.addClassName("runbook-items");
        list.getElement().setAttribute("aria-labelledby", "runbook-phase-title-" + phase.name());
        list.setRenderer(ChecklistRows.renderer(canChange, viewerId, item -> open.containsKey(item.id()), fileUrl,
                this::step,
                this::toggle));
        list.setDataProvider(data);
        add(list);
    }

    Phase phase() {
        return phase;
    }

    /** Whether these are the items the list shows, in the same order (their state aside). */
    boolean shows(List<RunbookItem> items) {
        return rows.size() == items.size() + 1 && items.stream().map(ChecklistRow::of).map(ChecklistRow::key)
                .toList().equals(rows.stream().skip(1).map(ChecklistRow::key).toList());
    }

    /** Shows the items as they now stand: only the rows that changed (and the heading's count) are sent again. */
    void show(List<RunbookItem> items) {
        replace(0, ChecklistRow.heading(phase, items));
        for (int index = 0; index < items.size(); index++) {
            RunbookItem item = items.get(index);
            if (replace(index + 1, ChecklistRow.of(item)) && open.containsKey(item.id())) {
                open.get(item.id()).show(item);
            }
        }
    }

    private boolean replace(int index, ChecklistRow row) {
        if (row.equals(rows.get(index))) {
            return false;
        }
        rows.set(index, row);
        data.refreshItem(row);
        return true;
    }

    private void step(ChecklistRows.Step step, RunbookItem item) {
        switch (step) {
            case DONE -> actions.done(item);
            case SIGN -> actions.sign(item);
            case NOT_APPLICABLE -> actions.notApplicable(item);
            case REOPEN -> actions.reopen(item);
        }
    }

    /** "More…" opens the item's work area below the list, with the cursor in its note; "Less" closes it. */
    private void toggle(RunbookItem item) {
        ItemWorkArea area = open.remove(item.id());
        if (area != null) {
            remove(area);
            data.refreshItem(ChecklistRow.of(current(item.id())));
            return;
        }
        area = new ItemWorkArea(item, () -> current(item.id()), staff, actions, () -> close(item.id()));
        int before = (int) open.keySet().stream().filter(id -> indexOf(id) < indexOf(item.id())).count();
        open.put(item.id(), area);
        addComponentAtIndex(1 + before, area);
        data.refreshItem(ChecklistRow.of(current(item.id())));
        area.focusNote();
    }

    /** Closed from the work area itself: the keyboard goes back to the item's "More…" button. */
    private void close(long itemId) {
        if (open.containsKey(itemId)) {
            toggle(current(itemId));
            list.scrollToIndex(indexOf(itemId));
            // Only moves the focus: the row is drawn by the list's template, so no server component to focus.
            list.getElement().executeJs(
                    "requestAnimationFrame(() => this.querySelector('#runbook-more-' + $0)?.focus())", itemId);
        }
    }

    /** Whether the item is in this phase. */
    boolean has(long itemId) {
        return rows.stream().skip(1).anyMatch(row -> row.item().id() == itemId);
    }

    /** Brings the item's row into view and puts the keyboard on its first button (or the row when it has none). */
    void reveal(long itemId) {
        list.scrollToIndex(indexOf(itemId));
        // Only scrolls and moves the focus: the row is drawn by the list's template, so no server component to focus.
        list.getElement().executeJs("requestAnimationFrame(() => { const row = this.querySelector('#runbook-item-' + $0);"
                + " row?.scrollIntoView({block: 'center'}); (row?.querySelector('vaadin-button') ?? row)?.focus(); })",
                itemId);
    }

    private RunbookItem current(long itemId) {
        return rows.get(indexOf(itemId)).item();
    }

    private int indexOf(long itemId) {
        for (int index = 1; index < rows.size(); index++) {
            if (rows.get(index).item().id() == itemId) {
                return index;
            }
        }
        throw new IllegalArgumentException("No item " + itemId + " in phase " + phase);
    }
}
