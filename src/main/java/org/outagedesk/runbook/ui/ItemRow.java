package org.outagedesk.runbook.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.outagedesk.incident.StaffMember;
import org.outagedesk.runbook.Evidence;
import org.outagedesk.runbook.EvidenceCheck;
import org.outagedesk.runbook.EvidenceKind;
import org.outagedesk.runbook.ItemNote;
import org.outagedesk.runbook.ItemState;
import org.outagedesk.runbook.RunbookItem;

/**
 * One checklist item: its text, state and the actions its state allows. Built once per item and
 * updated in place; the controls for notes, evidence and the assignee are built only when someone
 * opens them ({@link ItemWorkArea}), so what is typed there survives the pushes of others' changes.
 */
class ItemRow extends Div {

    /** What the row asks the panel to do. */
    interface Actions {
        void done(RunbookItem item);

        void notApplicable(RunbookItem item);

        void reopen(RunbookItem item);

        void sign(RunbookItem item);

        void assign(RunbookItem item, Long accountId);

        boolean note(RunbookItem item, String text);

        boolean evidence(RunbookItem item, String textOrLink);

        void evidenceFile(RunbookItem item, String fileName, String contentType, byte[] content);

        /** Serves an attached file to the person who clicks it. */
        DownloadHandler download(Evidence evidence);

        void editing(RunbookItem item, String activityKey);

        /** Checks other modules offer for this item (probes, round trips). */
        List<EvidenceCheck> checks(RunbookItem item);

        /** Runs a check in the background and attaches its result; the button shows progress meanwhile. */
        void runCheck(RunbookItem item, EvidenceCheck check, Button button);
    }

    /** The service's limit for attached files. */
    static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

    // Where each part goes in the row; parts with nothing to show are not built.
    private static final int HEAD = 0;
    private static final int HINT = 1;
    private static final int WHO = 2;
    private static final int CONTROLS = 3;
    private static final int NOTES = 4;
    private static final int EVIDENCE = 5;
    private static final int WORK = 6;

    // Where each action goes in the controls, in this order; an action is built when first allowed.
    private static final int DONE = 0;
    private static final int SIGN = 1;
    private static final int SKIP = 2;
    private static final int REOPEN = 3;
    private static final int MORE = 4;

    private final Component[] parts = new Component[7];
    private final Component[] buttons = new Component[5];
    private final Span number = new Span();
    private final Span title = new Span();
    private final Span state = new Span();
    private final List<StaffMember> staff;
    private final Actions actions;
    private RunbookItem item;

    ItemRow(RunbookItem first, List<StaffMember> staff, boolean canChange, Actions actions) {
        this.actions = actions;
        this.staff = staff;
        setId("runbook-item-" + first.id());
        addClassName("runbook-item");
        number.addClassName("runbook-number");
        title.addClassName("runbook-title");
        state.addClassName("runbook-state");
        Div head = new Div(number, title, state);
        head.addClassName("runbook-item-head");
        place(HEAD, head);
        if (canChange) {
            Div controls = new Div();
            controls.addClassName("runbook-controls");
            place(CONTROLS, controls);
        }
        show(first);
    }

    void show(RunbookItem next) {
        if (Objects.equals(item, next)) {
            return;
        }
        item = next;
        var locale = getLocale();
        number.setText(next.number());
        title.setText(next.title(locale) + (next.required() ? " *" : ""));
        text(HINT, "runbook-hint", next.hint(locale));
        text(WHO, "runbook-who", describe(next));
        state.setText(RunbookUi.label(next.state()));
        state.getElement().setAttribute("data-state", next.state().name());
        getElement().setAttribute("data-state", next.state().name());
        if (parts[CONTROLS] != null) {
            showActions(next);
        }
        lines(NOTES, "runbook-notes", next.notes().stream().map(this::noteLine).toList());
        lines(EVIDENCE, "runbook-evidence", next.evidence().stream().map(this::evidenceLine).toList());
        if (parts[WORK] instanceof ItemWorkArea work) {
            work.show(next);
        }
    }

    /** Only the actions the item's state allows are shown; each is built the first time it is. */
    private void showActions(RunbookItem next) {
        long id = next.id();
        boolean open = next.state() == ItemState.OPEN;
        Div controls = (Div) parts[CONTROLS];
        action(controls, DONE, open && !next.signed(), () -> RunbookUi.smallButton("runbook-done-" + id,
                "runbook.action.done", VaadinIcon.CHECK, () -> actions.done(item), ButtonVariant.LUMO_SUCCESS));
        action(controls, SIGN, next.signed() && next.secondSignerId() == null
                && next.state() != ItemState.NOT_APPLICABLE
                && !(next.state() == ItemState.DONE && !next.needsSecondVerifier()),
                () -> RunbookUi.smallButton("runbook-sign-" + id, "runbook.action.sign", VaadinIcon.PENCIL,
                        () -> actions.sign(item), ButtonVariant.LUMO_PRIMARY));
        action(controls, SKIP, open && next.firstSignerId() == null, () -> RunbookUi.smallButton("runbook-na-" + id,
                "runbook.action.not-applicable", null, () -> actions.notApplicable(item)));
        action(controls, REOPEN, !open || next.firstSignerId() != null, () -> RunbookUi.smallButton(
                "runbook-reopen-" + id, "runbook.action.reopen", null, () -> actions.reopen(item)));
        action(controls, MORE, true, () -> {
            Button more = RunbookUi.smallButton("runbook-more-" + id, "runbook.action.more", null, this::toggleWork);
            more.getElement().setAttribute("aria-expanded", "false");
            return more;
        });
    }

    private void action(Div controls, int slot, boolean allowed, Supplier<Button> create) {
        if (allowed && buttons[slot] == null) {
            insertInOrder(controls, buttons, slot, create.get());
        }
        if (buttons[slot] != null) {
            buttons[slot].setVisible(allowed);
        }
    }

    private void toggleWork() {
        boolean opening = parts[WORK] == null;
        if (opening) {
            ItemWorkArea work = new ItemWorkArea(item, () -> item, staff, actions);
            place(WORK, work);
            work.focusNote();
        } else {
            remove(parts[WORK]);
            parts[WORK] = null;
        }
        Button more = (Button) buttons[MORE];
        more.setText(RunbookUi.t(opening ? "runbook.action.less" : "runbook.action.more"));
        more.getElement().setAttribute("aria-expanded", String.valueOf(opening));
    }

    private void text(int slot, String className, String text) {
        boolean empty = text == null || text.isBlank();
        if (parts[slot] == null && empty) {
            return;
        }
        if (parts[slot] == null) {
            Span span = new Span();
            span.addClassName(className);
            place(slot, span);
        }
        ((Span) parts[slot]).setText(empty ? "" : text);
    }

    private void lines(int slot, String className, List<Div> lines) {
        if (parts[slot] == null && lines.isEmpty()) {
            return;
        }
        if (parts[slot] == null) {
            Div list = new Div();
            list.addClassName(className);
            place(slot, list);
        }
        Div list = (Div) parts[slot];
        list.removeAll();
        lines.forEach(list::add);
    }

    private void place(int slot, Component part) {
        insertInOrder(this, parts, slot, part);
    }

    /** Adds a part at its slot's place among the parts already there (slots hold null until built). */
    private static void insertInOrder(HasComponents parent, Component[] slots, int slot, Component part) {
        int index = 0;
        for (int earlier = 0; earlier < slot; earlier++) {
            index += slots[earlier] == null ? 0 : 1;
        }
        slots[slot] = part;
        parent.addComponentAtIndex(index, part);
    }

    private String describe(RunbookItem next) {
        StringBuilder text = new StringBuilder();
        if (next.assigneeName() != null) {
            text.append(RunbookUi.t("runbook.assigned-to", next.assigneeName()));
        }
        if (next.signed()) {
            text.append(RunbookUi.t("runbook.signers", name(next.firstSignerName()), name(next.secondSignerName())));
        }
        if (next.state() == ItemState.DONE && !next.signed()) {
            text.append(RunbookUi.t("runbook.done-by", next.doneByName(), RunbookUi.time(next.doneAt())));
        }
        if (next.state() == ItemState.NOT_APPLICABLE) {
            text.append(RunbookUi.t("runbook.na-by", next.doneByName(), next.naReason()));
        }
        return text.toString();
    }

    private static String name(String name) {
        return name == null ? "—" : name;
    }

    private Div noteLine(ItemNote n) {
        Span author = new Span(n.authorName());
        author.addClassName("runbook-note-author");
        Div line = new Div(author, new Span(" · " + RunbookUi.time(n.at()) + " — "), new Span(n.text()));
        line.addClassName("runbook-note");
        return line;
    }

    private Div evidenceLine(Evidence e) {
        Div line = new Div(VaadinIcon.PAPERCLIP.create());
        line.addClassName("runbook-evidence-line");
        if (e.kind() == EvidenceKind.LINK) {
            Anchor link = new Anchor(e.link(), e.link());
            link.setTarget("_blank");
            line.add(link);
        } else if (e.kind() == EvidenceKind.FILE) {
            Anchor file = new Anchor(actions.download(e), e.fileName());
            file.setId("runbook-evidence-download-" + e.id());
            line.add(file);
        } else {
            Span text = new Span(e.text());
            if (e.kind() == EvidenceKind.PROBE) {
                text.addClassName("runbook-evidence-probe");
            }
            line.add(text);
        }
        line.add(new Span(" · " + e.authorName()));
        return line;
    }

    String itemNumber() {
        return item.number();
    }
}
