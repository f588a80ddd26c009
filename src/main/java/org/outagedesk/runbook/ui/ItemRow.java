package org.outagedesk.runbook.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.List;
import java.util.Objects;
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
    private static final int HINT = 1;
    private static final int WHO = 2;
    private static final int CONTROLS = 3;
    private static final int NOTES = 4;
    private static final int EVIDENCE = 5;
    private static final int WORK = 6;

    private final Component[] parts = new Component[7];
    private final Span number = new Span();
    private final Span title = new Span();
    private final Span state = new Span();
    private final List<StaffMember> staff;
    private final Actions actions;
    private Button done;
    private Button notApplicable;
    private Button reopen;
    private Button sign;
    private Button more;
    private ItemWorkArea work;
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
        place(0, head);
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
        if (work != null) {
            work.show(next);
        }
    }

    /** Only the actions the item's state allows are built, and each only once. */
    private void showActions(RunbookItem next) {
        long id = next.id();
        boolean open = next.state() == ItemState.OPEN;
        boolean canSign = next.signed() && next.secondSignerId() == null && next.state() != ItemState.NOT_APPLICABLE
                && !(next.state() == ItemState.DONE && !next.needsSecondVerifier());
        Div controls = (Div) parts[CONTROLS];
        if (open && !next.signed() && done == null) {
            done = ItemWorkArea.button("runbook-done-" + id, "runbook.action.done", VaadinIcon.CHECK,
                    () -> actions.done(item));
            done.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
            controls.addComponentAsFirst(done);
        }
        if (canSign && sign == null) {
            sign = ItemWorkArea.button("runbook-sign-" + id, "runbook.action.sign", VaadinIcon.PENCIL,
                    () -> actions.sign(item));
            sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            controls.addComponentAtIndex(done == null ? 0 : 1, sign);
        }
        boolean canSkip = open && next.firstSignerId() == null;
        if (canSkip && notApplicable == null) {
            notApplicable = ItemWorkArea.button("runbook-na-" + id, "runbook.action.not-applicable", null,
                    () -> actions.notApplicable(item));
            controls.add(notApplicable);
        }
        boolean canReopen = !open || next.firstSignerId() != null;
        if (canReopen && reopen == null) {
            reopen = ItemWorkArea.button("runbook-reopen-" + id, "runbook.action.reopen", null,
                    () -> actions.reopen(item));
            controls.add(reopen);
        }
        if (more == null) {
            more = ItemWorkArea.button("runbook-more-" + id, "runbook.action.more", null, this::toggleWork);
            more.getElement().setAttribute("aria-expanded", "false");
            controls.add(more);
        }
        visible(done, open && !next.signed());
        visible(sign, canSign);
        visible(notApplicable, canSkip);
        visible(reopen, canReopen);
        // The "more" button stays last, whatever was added since.
        controls.remove(more);
        controls.add(more);
    }

    private static void visible(Button button, boolean visible) {
        if (button != null) {
            button.setVisible(visible);
        }
    }

    private void toggleWork() {
        boolean opening = work == null;
        if (opening) {
            work = new ItemWorkArea(item, () -> item, staff, actions);
            place(WORK, work);
            work.focusNote();
        } else {
            remove(work);
            parts[WORK] = null;
            work = null;
        }
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
        int index = 0;
        for (int earlier = 0; earlier < slot; earlier++) {
            index += parts[earlier] == null ? 0 : 1;
        }
        parts[slot] = part;
        addComponentAtIndex(index, part);
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
