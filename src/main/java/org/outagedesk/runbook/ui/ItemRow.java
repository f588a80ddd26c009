package org.outagedesk.runbook.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.List;
import java.util.Objects;
import org.outagedesk.base.ui.Markup;
import org.outagedesk.base.ui.MarkupBlock;
import org.outagedesk.incident.StaffMember;
import org.outagedesk.runbook.Evidence;
import org.outagedesk.runbook.EvidenceCheck;
import org.outagedesk.runbook.EvidenceKind;
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

    // The actions of the item's buttons, as their data-action.
    private static final String DONE = "done";
    private static final String SIGN = "sign";
    private static final String SKIP = "not-applicable";
    private static final String REOPEN = "reopen";
    private static final String MORE = "more";

    /** The service's limit for attached files. */
    static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

    // Where each part goes in the row; parts with nothing to show are not built.
    private static final int MAIN = 0;
    private static final int EVIDENCE = 1;
    private static final int WORK = 2;

    private final Component[] parts = new Component[3];
    // Head, hint, who did what, notes and the action buttons: drawn by the browser from one block.
    private final MarkupBlock main = new MarkupBlock("runbook-item-main");
    private final boolean canChange;
    private final List<StaffMember> staff;
    private final Actions actions;
    private RunbookItem item;

    ItemRow(RunbookItem first, List<StaffMember> staff, boolean canChange, Actions actions) {
        this.actions = actions;
        this.staff = staff;
        this.canChange = canChange;
        setId("runbook-item-" + first.id());
        addClassName("runbook-item");
        place(MAIN, main);
        if (canChange) {
            main.onAction(this::act);
        }
        show(first);
    }

    void show(RunbookItem next) {
        if (Objects.equals(item, next)) {
            return;
        }
        item = next;
        getElement().setAttribute("data-state", next.state().name());
        showMain();
        lines(EVIDENCE, "runbook-evidence", next.evidence().stream().map(this::evidenceLine).toList());
        if (parts[WORK] instanceof ItemWorkArea work) {
            work.show(next);
        }
    }

    private void showMain() {
        var locale = getLocale();
        Markup html = new Markup();
        html.open("div", "class", "runbook-item-head")
                .line("span", "runbook-number", item.number())
                .line("span", "runbook-title", item.title(locale) + (item.required() ? " *" : ""))
                .open("span", "class", "runbook-state", "data-state", item.state().name())
                .text(RunbookUi.label(item.state())).close("span")
                .close("div")
                .line("span", "runbook-hint", item.hint(locale))
                .line("span", "runbook-who", describe(item));
        if (!item.notes().isEmpty()) {
            html.open("div", "class", "runbook-notes");
            item.notes().forEach(note -> html.open("div", "class", "runbook-note")
                    .line("span", "runbook-note-author", note.authorName())
                    .text(" · " + RunbookUi.time(note.at()) + " — ").open("span").text(note.text()).close("span")
                    .close("div"));
            html.close("div");
        }
        if (canChange) {
            actionButtons(html);
        }
        main.show(html);
    }

    /** Only the actions the item's state allows are shown. */
    private void actionButtons(Markup html) {
        long id = item.id();
        boolean open = item.state() == ItemState.OPEN;
        html.open("div", "class", "runbook-controls");
        if (open && !item.signed()) {
            html.button("runbook-done-" + id, DONE, "small success", VaadinIcon.CHECK, RunbookUi.t("runbook.action.done"));
        }
        if (item.signed() && item.secondSignerId() == null && item.state() != ItemState.NOT_APPLICABLE
                && !(item.state() == ItemState.DONE && !item.needsSecondVerifier())) {
            html.button("runbook-sign-" + id, SIGN, "small primary", VaadinIcon.PENCIL, RunbookUi.t("runbook.action.sign"));
        }
        if (open && item.firstSignerId() == null) {
            html.button("runbook-na-" + id, SKIP, "small", null, RunbookUi.t("runbook.action.not-applicable"));
        }
        if (!open || item.firstSignerId() != null) {
            html.button("runbook-reopen-" + id, REOPEN, "small", null, RunbookUi.t("runbook.action.reopen"));
        }
        boolean working = parts[WORK] != null;
        html.button("runbook-more-" + id, MORE, "small", null,
                RunbookUi.t(working ? "runbook.action.less" : "runbook.action.more"),
                "aria-expanded", String.valueOf(working));
        html.close("div");
    }

    private void act(String action) {
        switch (action) {
            case DONE -> actions.done(item);
            case SIGN -> actions.sign(item);
            case SKIP -> actions.notApplicable(item);
            case REOPEN -> actions.reopen(item);
            case MORE -> toggleWork();
            default -> {
                return;
            }
        }
        if (!SKIP.equals(action) && (!MORE.equals(action) || parts[WORK] == null)) {
            // The button pressed may be gone now (Done becomes Reopen): the keyboard stays in the row.
            main.focusButton(action);
        }
    }

    private void toggleWork() {
        if (parts[WORK] == null) {
            ItemWorkArea work = new ItemWorkArea(item, () -> item, staff, actions);
            place(WORK, work);
            work.focusNote();
        } else {
            remove(parts[WORK]);
            parts[WORK] = null;
        }
        showMain();
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
