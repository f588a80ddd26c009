package org.outagedesk.runbook.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.outagedesk.base.ui.Markup;
import org.outagedesk.base.ui.MarkupBlock;

/**
 * The checklist drawn in as few markup blocks as it can be: consecutive entries (phase headings,
 * items) share one block, which costs one state node on the server however many items it shows. A
 * block ends only where an entry has server components right after it: an item's open work area or
 * attached files, the action log.
 */
class ChecklistBlocks extends Div {

    /** One part of the checklist. */
    interface Entry {
        /** Writes the entry's markup, from what it keeps: exactly one top-level element. */
        void draw(Markup html);

        /** Server components shown right after the entry, or null. */
        default Component after() {
            return null;
        }

        /** Handles the action of a button the entry drew; false when the action is not one of its own. */
        default boolean act(String action) {
            return false;
        }
    }

    private List<Entry> entries = List.of();
    private final Map<Entry, Segment> segmentOf = new IdentityHashMap<>();

    ChecklistBlocks() {
        addClassName("runbook-phases");
    }

    void show(List<Entry> next) {
        entries = List.copyOf(next);
        layout();
    }

    /**
     * Builds the blocks again: after an entry gained or lost the components shown after it. Those
     * components stay where they are in the page (a work area someone is typing in is not taken out
     * and put back); only the blocks around them are replaced.
     */
    void layout() {
        segmentOf.clear();
        List<Component> wanted = new ArrayList<>();
        List<Entry> run = new ArrayList<>();
        for (Entry entry : entries) {
            run.add(entry);
            Component after = entry.after();
            if (after != null) {
                close(run, wanted);
                wanted.add(after);
                run = new ArrayList<>();
            }
        }
        close(run, wanted);
        getChildren().filter(child -> !wanted.contains(child)).toList().forEach(this::remove);
        for (int index = 0; index < wanted.size(); index++) {
            Component child = wanted.get(index);
            if (getElement().getChildCount() <= index
                    || !getElement().getChild(index).equals(child.getElement())) {
                addComponentAtIndex(index, child);
            }
        }
    }

    private void close(List<Entry> run, List<Component> wanted) {
        if (!run.isEmpty()) {
            Segment segment = new Segment(List.copyOf(run));
            run.forEach(entry -> segmentOf.put(entry, segment));
            wanted.add(segment);
        }
    }

    /** Draws every block again; the browser is sent only the blocks that changed. */
    void redraw() {
        segmentOf.values().stream().distinct().forEach(Segment::redraw);
    }

    /** Keeps the keyboard in an entry after its button did something: on that button, or the entry's first. */
    void focus(Entry entry, String elementId, String action) {
        Segment segment = segmentOf.get(entry);
        if (segment != null) {
            segment.focusButton(action, elementId);
        }
    }

    /** Consecutive entries drawn by one block. */
    private static final class Segment extends MarkupBlock {

        private final List<Entry> entries;

        Segment(List<Entry> entries) {
            super("runbook-rows");
            this.entries = entries;
            onAction(action -> entries.stream().anyMatch(entry -> entry.act(action)));
            redraw();
        }

        void redraw() {
            showParts(this::draw);
        }

        /** One part per entry: a change to one item is sent as that item alone. */
        private List<Markup> draw() {
            return entries.stream().map(entry -> {
                Markup html = new Markup();
                entry.draw(html);
                return html;
            }).toList();
        }
    }
}
