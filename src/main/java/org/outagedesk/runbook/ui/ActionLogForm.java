package org.outagedesk.runbook.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Predicate;
import org.outagedesk.base.ui.Markup;
import org.outagedesk.runbook.ActionEntry;
import org.outagedesk.runbook.ActionOutcome;
import org.outagedesk.runbook.ActionType;
import org.outagedesk.runbook.NewAction;
import org.outagedesk.base.ui.Texts;

/**
 * Phase 4's action log: the entries so far, drawn with the checklist's markup, and the form for what
 * was done, to what, when, and how it turned out, built when someone records an action (not for
 * every page that shows the log) and shown right after the log.
 */
class ActionLogForm implements ChecklistBlocks.Entry {

    private static final String OPEN = "action-log:open";

    private final Predicate<NewAction> onAdd;
    private final ChecklistBlocks blocks;
    private List<ActionEntry> log = List.of();
    private boolean canAdd;
    private Div form;

    ActionLogForm(Predicate<NewAction> onAdd, ChecklistBlocks blocks) {
        this.onAdd = onAdd;
        this.blocks = blocks;
    }

    @Override
    public void draw(Markup html) {
        html.open("div", "id", "action-log-block", "class", "runbook-action-log")
                .line("h4", null, Texts.t("runbook.action-log.title"))
                .open("div", "id", "action-log");
        if (log.isEmpty()) {
            html.line("span", null, Texts.t("runbook.action-log.empty"));
        }
        log.forEach(entry -> html.open("div", "class", "action-log-entry")
                .open("span").text(RunbookUi.label(entry.type()) + " · " + entry.target() + " · "
                        + RunbookUi.time(entry.startedAt()) + " → " + RunbookUi.time(entry.finishedAt()) + " · ")
                .close("span")
                .line("span", "runbook-outcome outcome-" + entry.outcome().name().toLowerCase(java.util.Locale.ROOT),
                        RunbookUi.label(entry.outcome()))
                .open("span").text(" · " + entry.actorName() + (entry.notes() == null ? "" : " — " + entry.notes()))
                .close("span")
                .close("div"));
        html.close("div");
        if (canAdd && form == null) {
            html.button("action-log-open", OPEN, "small", VaadinIcon.PLUS, Texts.t("runbook.action-log.open"));
        }
        html.close("div");
    }

    @Override
    public Component after() {
        return form;
    }

    @Override
    public boolean act(String action) {
        if (!OPEN.equals(action)) {
            return false;
        }
        if (canAdd && form == null) {
            openForm();
        }
        return true;
    }

    private void openForm() {
        Select<ActionType> type = new Select<>();
        TextField target = RunbookUi.withId(new TextField(), "action-log-target");
        DateTimePicker started = RunbookUi.withId(new DateTimePicker(), "action-log-started");
        DateTimePicker finished = RunbookUi.withId(new DateTimePicker(), "action-log-finished");
        Select<ActionOutcome> outcome = new Select<>();
        TextField notes = RunbookUi.withId(new TextField(), "action-log-notes");
        RunbookUi.choices(type, "action-log-type", "runbook.action-log.type", ActionType.values());
        target.setLabel(Texts.t("runbook.action-log.target"));
        target.setMaxLength(300);
        started.setLabel(Texts.t("runbook.action-log.started"));
        finished.setLabel(Texts.t("runbook.action-log.finished"));
        RunbookUi.choices(outcome, "action-log-outcome", "runbook.action-log.outcome", ActionOutcome.values());
        notes.setLabel(Texts.t("runbook.action-log.notes"));
        notes.setMaxLength(4000);
        Button add = new Button(Texts.t("runbook.action-log.add"), VaadinIcon.PLUS.create(), click -> {
            var zone = RunbookUi.zone();
            LocalDateTime start = started.getValue() == null ? LocalDateTime.now(zone) : started.getValue();
            NewAction action = new NewAction(type.getValue(), target.getValue(), start.atZone(zone).toInstant(),
                    finished.getValue() == null ? null : finished.getValue().atZone(zone).toInstant(),
                    outcome.getValue(), notes.getValue());
            if (onAdd.test(action)) {
                target.clear();
                notes.clear();
                started.clear();
                finished.clear();
            }
        });
        add.setId("action-log-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button cancel = RunbookUi.withId(new Button(Texts.t("runbook.cancel"), click -> closeForm()),
                "action-log-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        form = new Div(type, target, started, finished, outcome, notes, add, cancel);
        form.addClassNames("runbook-action-form", "runbook-action-log-form");
        blocks.layout();
        type.focus();
    }

    private void closeForm() {
        form = null;
        blocks.layout();
        blocks.focus(this, "action-log-block", OPEN);
    }

    /** Keeps the entries to draw; the checklist draws them with its next refresh. */
    void show(List<ActionEntry> entries, boolean mayAdd) {
        log = List.copyOf(entries);
        canAdd = mayAdd;
        if (!mayAdd && form != null) {
            closeForm();
        }
    }
}
