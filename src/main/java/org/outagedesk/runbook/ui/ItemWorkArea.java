package org.outagedesk.runbook.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.outagedesk.incident.StaffMember;
import org.outagedesk.runbook.EvidenceCheck;
import org.outagedesk.runbook.RunbookItem;
import org.outagedesk.base.ui.Texts;

/**
 * The controls for working on one checklist item: who it is assigned to, a note, evidence (text,
 * link, file) and the checks other modules offer. Built only while someone has the item open and
 * shown under its phase's list, named by the item's number and title; what is typed here survives
 * the pushes of others' changes.
 */
class ItemWorkArea extends Div {

    private static final StaffMember NOBODY = new StaffMember(0, "—");

    /** The service's limit for attached files. */
    static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

    private final Supplier<RunbookItem> item;
    private final ItemActions actions;
    private final Select<StaffMember> assignee = new Select<>();
    private final TextField note;
    private boolean showing;

    ItemWorkArea(RunbookItem first, Supplier<RunbookItem> item, List<StaffMember> staff, ItemActions actions,
            Runnable onClose) {
        this.item = item;
        this.actions = actions;
        long id = first.id();
        setId("runbook-work-" + id);
        addClassName("runbook-work");
        Span title = RunbookUi.withId(new Span(first.number() + " · " + first.title(UI.getCurrent().getLocale())),
                "runbook-work-title-" + id);
        title.addClassName("runbook-work-title");
        Button close = RunbookUi.smallButton("runbook-work-close-" + id, "runbook.work.close", VaadinIcon.CLOSE_SMALL,
                onClose, ButtonVariant.LUMO_TERTIARY);
        Div top = new Div(title, close);
        top.addClassName("runbook-work-top");
        // A group named by the item, so a screen reader says which item the fields are for.
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
        assignee.setId("runbook-assignee-" + id);
        assignee.setLabel(Texts.t("runbook.assignee"));
        List<StaffMember> choices = new ArrayList<>(List.of(NOBODY));
        choices.addAll(staff);
        assignee.setItems(choices);
        assignee.setItemLabelGenerator(StaffMember::name);
        assignee.addValueChangeListener(change -> {
            if (change.isFromClient() && !showing) {
                StaffMember chosen = change.getValue();
                actions.assign(item.get(), chosen == null || chosen.accountId() == 0 ? null : chosen.accountId());
            }
        });
        note = field("runbook-note-" + id, "runbook.note.placeholder", 4000, "runbook.editing.note");
        note.setClearButtonVisible(true);
        Button addNote = RunbookUi.smallButton("runbook-note-add-" + id, "runbook.note.add", VaadinIcon.COMMENT_O,
                () -> {
                    if (actions.note(item.get(), note.getValue())) {
                        note.clear();
                    }
                });
        note.addKeyPressListener(Key.ENTER, enter -> addNote.click());
        TextField evidence = field("runbook-evidence-" + id, "runbook.evidence.placeholder", 2000,
                "runbook.editing.evidence");
        Button addEvidence = RunbookUi.smallButton("runbook-evidence-add-" + id, "runbook.evidence.add",
                VaadinIcon.PAPERCLIP, () -> {
                    if (actions.evidence(item.get(), evidence.getValue())) {
                        evidence.clear();
                    }
                });
        Upload attach = EvidenceFileUpload.create("runbook-evidence-file-" + id, MAX_FILE_BYTES,
                (fileName, contentType, content) -> actions.evidenceFile(item.get(), fileName, contentType, content));
        add(top, assignee, row(note, addNote), row(evidence, addEvidence, attach));
        List<EvidenceCheck> checks = actions.checks(first);
        if (!checks.isEmpty()) {
            Div checkRow = new Div();
            checkRow.addClassName("runbook-check-row");
            checks.forEach(check -> checkRow.add(checkButton(id, check)));
            add(checkRow);
        }
        show(first);
    }

    /** Shows the item's current assignee without treating it as someone's choice. */
    void show(RunbookItem next) {
        showing = true;
        assignee.setValue(next.assigneeId() == null ? NOBODY
                : assignee.getListDataView().getItems().filter(s -> s.accountId() == next.assigneeId()).findFirst()
                        .orElse(NOBODY));
        showing = false;
    }

    /** Where someone who opened the item most likely wants to type. */
    void focusNote() {
        note.focus();
    }

    private TextField field(String id, String placeholderKey, int maxLength, String activityKey) {
        TextField field = new TextField();
        field.setId(id);
        field.setPlaceholder(Texts.t(placeholderKey));
        field.setAriaLabel(Texts.t(placeholderKey));
        field.setMaxLength(maxLength);
        field.setValueChangeMode(ValueChangeMode.EAGER);
        field.addFocusListener(focus -> actions.editing(item.get(), activityKey));
        field.addBlurListener(blur -> actions.editing(item.get(), null));
        return field;
    }

    private Button checkButton(long id, EvidenceCheck check) {
        Button run = new Button(Texts.t(check.labelKey(), check.argument()), VaadinIcon.PLAY_CIRCLE_O.create());
        run.setId("runbook-check-" + id + "-" + check.id().replaceAll("[^A-Za-z0-9]+", "-"));
        run.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
        run.setDisableOnClick(true);
        run.addClickListener(click -> actions.runCheck(item.get(), check, run));
        return run;
    }

    private static Div row(com.vaadin.flow.component.Component... parts) {
        Div row = new Div(parts);
        row.addClassName("runbook-note-row");
        return row;
    }
}
