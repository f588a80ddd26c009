package org.outagedesk.runbook.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Predicate;
import org.outagedesk.runbook.ActionEntry;
import org.outagedesk.runbook.ActionOutcome;
import org.outagedesk.runbook.ActionType;
import org.outagedesk.runbook.NewAction;

/** Phase 4's action log: what was done, to what, when, and how it turned out; and the entries so far. */
class ActionLogForm extends Div {

    private final Div entries = RunbookUi.withId(new Div(), "action-log");
    private final Predicate<NewAction> onAdd;
    private final Button open;
    private Div form;

    ActionLogForm(Predicate<NewAction> onAdd) {
        this.onAdd = onAdd;
        addClassName("runbook-action-log");
        // The form is built when someone records an action, not for every page that shows the log.
        open = RunbookUi.withId(new Button(RunbookUi.t("runbook.action-log.open"), VaadinIcon.PLUS.create(),
                click -> openForm()), "action-log-open");
        open.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add(new H4(RunbookUi.t("runbook.action-log.title")), entries, open);
    }

    private void openForm() {
        Select<ActionType> type = new Select<>();
        TextField target = RunbookUi.withId(new TextField(), "action-log-target");
        DateTimePicker started = RunbookUi.withId(new DateTimePicker(), "action-log-started");
        DateTimePicker finished = RunbookUi.withId(new DateTimePicker(), "action-log-finished");
        Select<ActionOutcome> outcome = new Select<>();
        TextField notes = RunbookUi.withId(new TextField(), "action-log-notes");
        RunbookUi.choices(type, "action-log-type", "runbook.action-log.type", ActionType.values());
        target.setLabel(RunbookUi.t("runbook.action-log.target"));
        target.setMaxLength(300);
        started.setLabel(RunbookUi.t("runbook.action-log.started"));
        finished.setLabel(RunbookUi.t("runbook.action-log.finished"));
        RunbookUi.choices(outcome, "action-log-outcome", "runbook.action-log.outcome", ActionOutcome.values());
        notes.setLabel(RunbookUi.t("runbook.action-log.notes"));
        notes.setMaxLength(4000);
        Button add = new Button(RunbookUi.t("runbook.action-log.add"), VaadinIcon.PLUS.create(), click -> {
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
        Button cancel = RunbookUi.withId(new Button(RunbookUi.t("runbook.cancel"), click -> closeForm()),
                "action-log-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        form = new Div(type, target, started, finished, outcome, notes, add, cancel);
        form.addClassName("runbook-action-form");
        add(form);
        open.setVisible(false);
        type.focus();
    }

    private void closeForm() {
        remove(form);
        form = null;
        open.setVisible(true);
        open.focus();
    }

    void show(List<ActionEntry> log, boolean canAdd) {
        if (!canAdd && form != null) {
            closeForm();
        }
        open.setVisible(canAdd && form == null);
        entries.removeAll();
        if (log.isEmpty()) {
            entries.add(new Span(RunbookUi.t("runbook.action-log.empty")));
        }
        log.forEach(entry -> {
            Div line = new Div(new Span(RunbookUi.label(entry.type()) + " · " + entry.target() + " · "
                    + RunbookUi.time(entry.startedAt()) + " → " + RunbookUi.time(entry.finishedAt()) + " · "),
                    outcomeBadge(entry.outcome()),
                    new Span(" · " + entry.actorName() + (entry.notes() == null ? "" : " — " + entry.notes())));
            line.addClassName("action-log-entry");
            entries.add(line);
        });
    }

    private static Span outcomeBadge(ActionOutcome outcome) {
        Span badge = new Span(RunbookUi.label(outcome));
        badge.addClassNames("runbook-outcome", "outcome-" + outcome.name().toLowerCase(java.util.Locale.ROOT));
        return badge;
    }
}
