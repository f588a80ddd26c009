package org.outagedesk.runbook.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.List;
import java.util.Objects;
import org.outagedesk.base.ui.Markup;
import org.outagedesk.incident.StaffMember;
import org.outagedesk.runbook.Evidence;
import org.outagedesk.runbook.EvidenceCheck;
import org.outagedesk.runbook.EvidenceKind;
import org.outagedesk.runbook.ItemState;
import org.outagedesk.runbook.RunbookItem;
import org.outagedesk.base.ui.Texts;

/**
 * One checklist item: its text, state, notes, evidence and the actions its state allows, drawn from
 * markup (one state node per item). Built once per item and updated in place; attached files and the
 * controls for notes, evidence and the assignee ({@link ItemWorkArea}, built only when someone opens
 * it, so what is typed there survives the pushes of others' changes) go in a part just after it.
 */
class ItemRow implements ChecklistBlocks.Entry {

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

    private final boolean canChange;
    private final List<StaffMember> staff;
    private final Actions actions;
    private final ChecklistBlocks blocks;
    private RunbookItem item;
    // Attached files and the open work area: server components, so they go in a part of their own
    // just after the row, built only when the item has a file or someone opens "More…".
    private Div extra;
    private Div files;
    private ItemWorkArea work;

    ItemRow(RunbookItem first, List<StaffMember> staff, boolean canChange, Actions actions, ChecklistBlocks blocks) {
        this.actions = actions;
        this.staff = staff;
        this.canChange = canChange;
        this.blocks = blocks;
        update(first);
    }

    /**
     * Keeps the item as it now stands; true when the parts shown after it came or went, so the
     * checklist's blocks need building again (otherwise drawing them again is enough).
     */
    boolean update(RunbookItem next) {
        if (Objects.equals(item, next)) {
            return false;
        }
        boolean hadExtra = extra != null;
        item = next;
        showFiles(next.evidence().stream().filter(e -> e.kind() == EvidenceKind.FILE).toList());
        if (extra != null) {
            extra.getElement().setAttribute("data-state", next.state().name());
        }
        if (work != null) {
            work.show(next);
        }
        return hadExtra != (extra != null);
    }

    private String rowId() {
        return "runbook-item-" + item.id();
    }

    /** Head, hint, who did what, notes, evidence and the action buttons, from the item the row keeps. */
    @Override
    public void draw(Markup html) {
        var locale = UI.getCurrent().getLocale();
        html.open("div", "id", rowId(), "class", "runbook-item", "data-state", item.state().name());
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
        List<Evidence> shown = item.evidence().stream().filter(e -> e.kind() != EvidenceKind.FILE).toList();
        if (!shown.isEmpty()) {
            html.open("div", "class", "runbook-evidence");
            shown.forEach(e -> evidenceLine(html, e));
            html.close("div");
        }
        if (canChange) {
            actionButtons(html);
        }
        html.close("div");
    }

    @Override
    public Component after() {
        return extra;
    }

    private static void evidenceLine(Markup html, Evidence e) {
        html.open("div", "class", "runbook-evidence-line").icon(VaadinIcon.PAPERCLIP, null);
        if (e.kind() == EvidenceKind.LINK) {
            html.open("a", "href", e.link(), "target", "_blank", "rel", "noopener noreferrer").text(e.link())
                    .close("a");
        } else {
            html.line("span", e.kind() == EvidenceKind.PROBE ? "runbook-evidence-probe" : "runbook-evidence-text",
                    e.text());
        }
        html.open("span").text(" · " + e.authorName()).close("span").close("div");
    }

    /** Only the actions the item's state allows are shown. */
    private void actionButtons(Markup html) {
        long id = item.id();
        boolean open = item.state() == ItemState.OPEN;
        html.open("div", "class", "runbook-controls");
        if (open && !item.signed()) {
            html.button("runbook-done-" + id, action(DONE), "small success", VaadinIcon.CHECK, Texts.t("runbook.action.done"));
        }
        if (item.signed() && item.secondSignerId() == null && item.state() != ItemState.NOT_APPLICABLE
                && !(item.state() == ItemState.DONE && !item.needsSecondVerifier())) {
            html.button("runbook-sign-" + id, action(SIGN), "small primary", VaadinIcon.PENCIL, Texts.t("runbook.action.sign"));
        }
        if (open && item.firstSignerId() == null) {
            html.button("runbook-na-" + id, action(SKIP), "small", null, Texts.t("runbook.action.not-applicable"));
        }
        if (!open || item.firstSignerId() != null) {
            html.button("runbook-reopen-" + id, action(REOPEN), "small", null, Texts.t("runbook.action.reopen"));
        }
        boolean working = work != null;
        html.button("runbook-more-" + id, action(MORE), "small", null,
                Texts.t(working ? "runbook.action.less" : "runbook.action.more"),
                "aria-expanded", String.valueOf(working));
        html.close("div");
    }

    /** A button's action: what it does and, as one block draws many items, for which item ("done:12"). */
    private String action(String verb) {
        return verb + ":" + item.id();
    }

    @Override
    public boolean act(String action) {
        String suffix = ":" + item.id();
        // A read-only page draws no buttons: an action arriving anyway is not this row's to act on.
        if (!canChange || !action.endsWith(suffix)) {
            return false;
        }
        String verb = action.substring(0, action.length() - suffix.length());
        switch (verb) {
            case DONE -> actions.done(item);
            case SIGN -> actions.sign(item);
            case SKIP -> actions.notApplicable(item);
            case REOPEN -> actions.reopen(item);
            case MORE -> toggleWork();
            default -> {
                return true;
            }
        }
        if (!SKIP.equals(verb) && (!MORE.equals(verb) || work == null)) {
            // The button pressed may be gone now (Done becomes Reopen): the keyboard stays in the row.
            blocks.focus(this, rowId(), action);
        }
        return true;
    }

    private void toggleWork() {
        if (work == null) {
            work = new ItemWorkArea(item, () -> item, staff, actions);
            extra().add(work);
            blocks.layout();
            work.focusNote();
        } else {
            extra.remove(work);
            work = null;
            dropExtraWhenEmpty();
            blocks.layout();
        }
    }

    private void showFiles(List<Evidence> attached) {
        if (attached.isEmpty()) {
            if (files != null) {
                extra.remove(files);
                files = null;
                dropExtraWhenEmpty();
            }
            return;
        }
        if (files == null) {
            files = new Div();
            files.addClassName("runbook-evidence");
            extra().addComponentAsFirst(files);
        }
        files.removeAll();
        attached.forEach(e -> files.add(fileLine(e)));
    }

    private Div extra() {
        if (extra == null) {
            extra = new Div();
            extra.addClassName("runbook-item-extra");
            extra.getElement().setAttribute("data-state", item.state().name());
        }
        return extra;
    }

    private void dropExtraWhenEmpty() {
        if (extra != null && files == null && work == null) {
            extra = null;
        }
    }

    private String describe(RunbookItem next) {
        StringBuilder text = new StringBuilder();
        if (next.assigneeName() != null) {
            text.append(Texts.t("runbook.assigned-to", next.assigneeName()));
        }
        if (next.signed()) {
            text.append(Texts.t("runbook.signers", name(next.firstSignerName()), name(next.secondSignerName())));
        }
        if (next.state() == ItemState.DONE && !next.signed()) {
            text.append(Texts.t("runbook.done-by", next.doneByName(), RunbookUi.time(next.doneAt())));
        }
        if (next.state() == ItemState.NOT_APPLICABLE) {
            text.append(Texts.t("runbook.na-by", next.doneByName(), next.naReason()));
        }
        return text.toString();
    }

    private static String name(String name) {
        return name == null ? "—" : name;
    }

    private Div fileLine(Evidence e) {
        Div line = new Div(VaadinIcon.PAPERCLIP.create());
        line.addClassName("runbook-evidence-line");
        Anchor file = new Anchor(actions.download(e), e.fileName());
        file.setId("runbook-evidence-download-" + e.id());
        line.add(file, new Span(" · " + e.authorName()));
        return line;
    }
}
