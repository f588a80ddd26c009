package org.outagedesk.runbook.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Objects;
import org.outagedesk.incident.StaffMember;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.outagedesk.runbook.Evidence;
import org.outagedesk.runbook.EvidenceCheck;
import org.outagedesk.runbook.EvidenceKind;
import org.outagedesk.runbook.ItemNote;
import org.outagedesk.runbook.ItemState;
import org.outagedesk.runbook.RunbookItem;

/**
 * One checklist item: its text, state and controls. Built once per item and updated in place,
 * so what someone is typing survives the pushes of others' changes.
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

    private static final StaffMember NOBODY = new StaffMember(0, "—");
    /** The service's limit for attached files. */
    static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

    private final Span number = new Span();
    private final Span title = new Span();
    private final Span hint = new Span();
    private final Span state = new Span();
    private final Div who = new Div();
    private final Button done;
    private final Button notApplicable;
    private final Button reopen;
    private final Button sign;
    private final Select<StaffMember> assignee = new Select<>();
    private final Div notes = new Div();
    private final TextField note = new TextField();
    private final TextField evidence = new TextField();
    private final Div evidenceList = new Div();
    private RunbookItem item;
    private final Actions actions;
    private boolean showing;

    ItemRow(RunbookItem first, List<StaffMember> staff, boolean canChange, Actions actions) {
        this.actions = actions;
        long id = first.id();
        setId("runbook-item-" + id);
        addClassName("runbook-item");
        number.addClassName("runbook-number");
        title.addClassName("runbook-title");
        hint.addClassName("runbook-hint");
        state.addClassName("runbook-state");
        who.addClassName("runbook-who");
        done = button("runbook-done-" + id, "runbook.action.done", VaadinIcon.CHECK, () -> actions.done(item));
        done.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        notApplicable = button("runbook-na-" + id, "runbook.action.not-applicable", VaadinIcon.BAN,
                () -> actions.notApplicable(item));
        reopen = button("runbook-reopen-" + id, "runbook.action.reopen", VaadinIcon.ROTATE_LEFT,
                () -> actions.reopen(item));
        sign = button("runbook-sign-" + id, "runbook.action.sign", VaadinIcon.PENCIL, () -> actions.sign(item));
        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assignee.setId("runbook-assignee-" + id);
        assignee.setAriaLabel(RunbookUi.t("runbook.assignee"));
        assignee.setPlaceholder(RunbookUi.t("runbook.assignee"));
        List<StaffMember> choices = new java.util.ArrayList<>(List.of(NOBODY));
        choices.addAll(staff);
        assignee.setItems(choices);
        assignee.setItemLabelGenerator(StaffMember::name);
        assignee.addValueChangeListener(change -> {
            if (change.isFromClient() && !showing) {
                StaffMember chosen = change.getValue();
                actions.assign(item, chosen == null || chosen.accountId() == 0 ? null : chosen.accountId());
            }
        });
        note.setId("runbook-note-" + id);
        note.setPlaceholder(RunbookUi.t("runbook.note.placeholder"));
        note.setMaxLength(4000);
        note.setClearButtonVisible(true);
        note.setValueChangeMode(ValueChangeMode.EAGER);
        note.addFocusListener(focus -> actions.editing(item, "runbook.editing.note"));
        note.addBlurListener(blur -> actions.editing(item, null));
        Button addNote = button("runbook-note-add-" + id, "runbook.note.add", VaadinIcon.COMMENT_O, () -> {
            if (actions.note(item, note.getValue())) {
                note.clear();
            }
        });
        note.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, enter -> addNote.click());
        evidence.setId("runbook-evidence-" + id);
        evidence.setPlaceholder(RunbookUi.t("runbook.evidence.placeholder"));
        evidence.setMaxLength(2000);
        evidence.setValueChangeMode(ValueChangeMode.EAGER);
        evidence.addFocusListener(focus -> actions.editing(item, "runbook.editing.evidence"));
        evidence.addBlurListener(blur -> actions.editing(item, null));
        Button addEvidence = button("runbook-evidence-add-" + id, "runbook.evidence.add", VaadinIcon.PAPERCLIP, () -> {
            if (actions.evidence(item, evidence.getValue())) {
                evidence.clear();
            }
        });
        notes.addClassName("runbook-notes");
        evidenceList.addClassName("runbook-evidence");
        Div head = new Div(number, title, state);
        head.addClassName("runbook-item-head");
        Div controls = new Div(done, sign, notApplicable, reopen, assignee);
        controls.addClassName("runbook-controls");
        Div noteRow = new Div(note, addNote);
        noteRow.addClassName("runbook-note-row");
        Upload attach = EvidenceFileUpload.create("runbook-evidence-file-" + id, MAX_FILE_BYTES,
                (fileName, contentType, content) -> actions.evidenceFile(item, fileName, contentType, content));
        Div evidenceRow = new Div(evidence, addEvidence, attach);
        evidenceRow.addClassName("runbook-note-row");
        Div checkRow = checkRow(first, canChange);
        controls.setVisible(canChange);
        noteRow.setVisible(canChange);
        evidenceRow.setVisible(canChange);
        add(head, hint, who, controls, notes, evidenceList, noteRow, evidenceRow, checkRow);
        show(first);
    }

    private Div checkRow(RunbookItem first, boolean canChange) {
        Div row = new Div();
        row.addClassName("runbook-check-row");
        List<EvidenceCheck> checks = canChange ? actions.checks(first) : List.of();
        for (EvidenceCheck check : checks) {
            Button run = new Button(RunbookUi.t(check.labelKey(), check.argument()), VaadinIcon.PLAY_CIRCLE_O.create());
            run.setId("runbook-check-" + first.id() + "-" + check.id().replaceAll("[^A-Za-z0-9]+", "-"));
            run.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
            run.setDisableOnClick(true);
            run.addClickListener(click -> actions.runCheck(item, check, run));
            row.add(run);
        }
        row.setVisible(!checks.isEmpty());
        return row;
    }

    private Button button(String id, String key, VaadinIcon icon, Runnable onClick) {
        Button button = new Button(RunbookUi.t(key), icon.create(), click -> onClick.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    void show(RunbookItem next) {
        if (Objects.equals(item, next)) {
            return;
        }
        item = next;
        showing = true;
        var locale = getLocale();
        number.setText(next.number());
        title.setText(next.title(locale) + (next.required() ? " *" : ""));
        hint.setText(next.hint(locale) == null ? "" : next.hint(locale));
        state.setText(RunbookUi.label(next.state()));
        state.getElement().setAttribute("data-state", next.state().name());
        getElement().setAttribute("data-state", next.state().name());
        boolean open = next.state() == ItemState.OPEN;
        done.setVisible(open && !next.signed());
        sign.setVisible(next.signed() && next.secondSignerId() == null && next.state() != ItemState.NOT_APPLICABLE
                && !(next.state() == ItemState.DONE && !next.needsSecondVerifier()));
        notApplicable.setVisible(open && next.firstSignerId() == null);
        reopen.setVisible(!open || next.firstSignerId() != null);
        assignee.setValue(next.assigneeId() == null ? NOBODY
                : assignee.getListDataView().getItems().filter(s -> s.accountId() == next.assigneeId()).findFirst()
                        .orElse(NOBODY));
        who.setText(describe(next));
        notes.removeAll();
        next.notes().forEach(n -> notes.add(noteLine(n)));
        evidenceList.removeAll();
        next.evidence().forEach(e -> evidenceList.add(evidenceLine(e)));
        showing = false;
    }

    private String describe(RunbookItem next) {
        StringBuilder text = new StringBuilder();
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
