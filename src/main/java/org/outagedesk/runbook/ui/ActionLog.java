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
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.outagedesk.base.ui.Texts;
import org.outagedesk.runbook.ActionEntry;
import org.outagedesk.runbook.ActionOutcome;
import org.outagedesk.runbook.ActionType;
import org.outagedesk.runbook.NewAction;

/**
 * Phase 4's action log: the entries so far (a virtual list: the template reaches the browser once,
 * each entry as data) and the form for what was done, to what, when, and how it turned out, built
 * when someone records an action rather than for every page that shows the log.
 */
class ActionLog extends Div {

    /** One entry; every text is a binding, so what people typed stays text. */
    private static final String ENTRY = """
            <div class="action-log-entry"><span>${item.what}</span>
              <span class="runbook-outcome outcome-${item.outcome}">${item.outcomeText}</span>
              <span>${item.who}</span></div>""";

    private final Predicate<NewAction> onAdd;
    private final VirtualList<ActionEntry> entries = RunbookUi.withId(new VirtualList<>(), "action-log");
    private final Span empty = new Span(Texts.t("runbook.action-log.empty"));
    private final Button open;
    private List<ActionEntry> shown = List.of();
    private boolean canAdd;
    private Div form;

    ActionLog(Predicate<NewAction> onAdd) {
        this.onAdd = onAdd;
        setId("action-log-block");
        addClassName("runbook-action-log");
        entries.addClassName("action-log-entries");
        entries.setRenderer(LitRenderer.<ActionEntry>of(ENTRY)
                .withProperty("what", entry -> RunbookUi.label(entry.type()) + " · " + entry.target() + " · "
                        + RunbookUi.time(entry.startedAt()) + " → " + RunbookUi.time(entry.finishedAt()) + " ·")
                .withProperty("outcome", entry -> entry.outcome().name().toLowerCase(Locale.ROOT))
                .withProperty("outcomeText", entry -> RunbookUi.label(entry.outcome()))
                .withProperty("who", entry -> "· " + entry.actorName()
                        + (entry.notes() == null ? "" : " — " + entry.notes())));
        empty.addClassName("action-log-empty");
        open = RunbookUi.smallButton("action-log-open", "runbook.action-log.open", VaadinIcon.PLUS, this::openForm);
        add(new H4(Texts.t("runbook.action-log.title")), empty, entries, open);
    }

    /** Shows the entries (sent again only when they changed) and whether this person may record one. */
    void show(List<ActionEntry> next, boolean mayAdd) {
        if (!next.equals(shown)) {
            shown = List.copyOf(next);
            entries.setItems(shown);
        }
        // The list stays in the page even when empty (no height then): hidden, its browser side would not be set up.
        empty.setVisible(shown.isEmpty());
        canAdd = mayAdd;
        open.setVisible(mayAdd && form == null);
        if (!mayAdd && form != null) {
            closeForm();
        }
    }

    private void openForm() {
        if (!canAdd || form != null) {
            return;
        }
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
        Button add = RunbookUi.smallButton("action-log-add", "runbook.action-log.add", VaadinIcon.PLUS, () -> {
            var zone = RunbookUi.zone();
            LocalDateTime start = started.getValue() == null ? LocalDateTime.now(zone) : started.getValue();
            NewAction action = new NewAction(type.getValue(), target.getValue(), start.atZone(zone).toInstant(),
                    finished.getValue() == null ? null : finished.getValue().atZone(zone).toInstant(),
                    outcome.getValue(), notes.getValue());
            if (onAdd.test(action)) {
                closeForm(); // the entry is in the list above; "Record an action…" takes the keyboard again
            }
        }, ButtonVariant.LUMO_PRIMARY);
        Button cancel = RunbookUi.smallButton("action-log-cancel", "runbook.cancel", null, this::closeForm,
                ButtonVariant.LUMO_TERTIARY);
        form = new Div(type, target, started, finished, outcome, notes, add, cancel);
        form.addClassNames("runbook-action-form", "runbook-action-log-form");
        add(form);
        open.setVisible(false);
        type.focus();
    }

    private void closeForm() {
        if (form == null) {
            return;
        }
        remove(form);
        form = null;
        open.setVisible(canAdd);
        open.focus();
    }
}
