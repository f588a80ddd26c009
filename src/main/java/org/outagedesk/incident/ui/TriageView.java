package org.outagedesk.incident.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.outagedesk.account.Roles;
import org.outagedesk.base.ui.LocalizedTitle;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.IncidentState;
import org.outagedesk.incident.IncidentSummary;
import org.outagedesk.incident.IncidentTopics;
import org.outagedesk.incident.TriageGroup;
import org.outagedesk.incident.TriageProperties;
import org.outagedesk.incident.TriageService;
import org.outagedesk.incident.TriageSignal;
import org.outagedesk.incident.TriageSignals;
import org.outagedesk.incident.FirstSteps;
import org.outagedesk.mailerror.MailErrors;
import org.outagedesk.live.LiveBus;
import org.outagedesk.live.ui.LiveSubscription;
import org.outagedesk.report.ReportSummary;
import org.springframework.beans.factory.ObjectProvider;

/** SOP phase 1 intake: how widespread each problem is, and the queue of reports to act on. */
@Route("triage")
@RolesAllowed(Roles.IT_STAFF)
@StyleSheet("styles/incident.css")
public class TriageView extends Div implements LocalizedTitle {

    private final TriageService triage;
    private final IncidentService incidents;
    private final TriageProperties properties;
    private final SuggestionExplainer explainer;
    private final SuggestionCards suggestions;
    private final SignalCards signals;
    private final ObjectProvider<TriageSignals> signalSources;
    private final TriageQueue queue;
    private final Span queueCount = new Span();
    private final List<Button> selectionActions;

    public TriageView(TriageService triage, IncidentService incidents, TriageProperties properties, LiveBus bus,
            Clock clock, ObjectProvider<TriageSignals> signalSources, MailErrors errors,
            ObjectProvider<FirstSteps> firstSteps) {
        this.triage = triage;
        this.explainer = new SuggestionExplainer(errors, firstSteps, getLocale());
        this.suggestions = new SuggestionCards(this::openFromGroup, true, explainer);
        this.signals = new SignalCards(this::openFromSignal, true, explainer);
        this.signalSources = signalSources;
        this.incidents = incidents;
        this.properties = properties;
        this.queue = new TriageQueue(clock, this::refreshQueue);
        addClassNames("view-content", "triage-view");

        Span live = IncidentUi.chip(getTranslation("incident.live"), "live-chip");
        Div heading = new Div(new H2(getTranslation("triage.heading")), live);
        heading.addClassName("view-heading");
        Paragraph intro = new Paragraph(getTranslation("triage.intro"));
        intro.addClassName("muted");

        Span suggestionsTitle = new Span(getTranslation("triage.suggestions.title", properties.window().toHours()));
        suggestionsTitle.addClassName("section-title");

        Button open = action("triage-open-incident", "triage.action.open", VaadinIcon.PLUS_CIRCLE, this::openFromSelection);
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        selectionActions = List.of(open,
                action("triage-link", "triage.action.link", VaadinIcon.LINK, this::linkSelection),
                action("triage-decline", "triage.action.decline", VaadinIcon.BAN, this::declineSelection),
                action("triage-duplicate", "triage.action.duplicate", VaadinIcon.COPY_O, this::markDuplicates));
        Div actions = new Div(selectionActions.toArray(Button[]::new));
        actions.addClassName("action-bar");
        queueCount.addClassName("section-title");
        Div queueHead = new Div(queueCount, actions);
        queueHead.addClassName("queue-head");
        queue.grid().addSelectionListener(event -> updateActions());

        add(heading, intro, signals, suggestionsTitle, suggestions, queueHead, queue);
        refresh();
        LiveSubscription.bind(this, bus, IncidentTopics.TRIAGE, payload -> refresh());
        LiveSubscription.bind(this, bus, IncidentTopics.TRIAGE_SIGNALS, payload -> refreshSignals());
    }

    private Button action(String id, String key, VaadinIcon icon, Runnable run) {
        Button button = new Button(getTranslation(key), icon.create(), click -> run.run());
        button.setId(id);
        return button;
    }

    void refresh() {
        refreshSignals();
        suggestions.show(triage.suggestions(), properties.window().toHours());
        refreshQueue();
    }

    private void refreshSignals() {
        List<TriageSignal> current = signalSources.orderedStream()
                .flatMap(source -> source.current(getLocale()).stream()).toList();
        explainer.signals(current);
        signals.show(current);
    }

    private void refreshQueue() {
        List<ReportSummary> reports = triage.queue(queue.filter());
        queue.show(reports);
        queueCount.setText(getTranslation("triage.queue.title", reports.size()));
        updateActions();
    }

    private void updateActions() {
        boolean any = !queue.selected().isEmpty();
        selectionActions.forEach(button -> button.setEnabled(any));
    }

    private void openFromGroup(TriageGroup group) {
        new OpenIncidentDialog(incidents, group, explainer, this::opened).open();
    }

    private void openFromSignal(TriageSignal signal) {
        new OpenIncidentDialog(incidents, signal, this::opened).open();
    }

    private void openFromSelection() {
        Set<ReportSummary> selected = queue.selected();
        if (!selected.isEmpty()) {
            openFromGroup(triage.suggest(selected.stream().sorted(Comparator.comparing(ReportSummary::createdAt)).toList()));
        }
    }

    /** Where the work goes on: the new incident's page, which says it was opened. */
    private void opened(IncidentDetails incident) {
        IncidentUi.success(getTranslation("triage.opened", incident.reference(), incident.reportCount()));
        queue.grid().deselectAll();
        IncidentUi.goTo(incident.id());
    }

    private void linkSelection() {
        List<Long> ids = queue.selected().stream().map(ReportSummary::id).toList();
        ComboBox<IncidentSummary> target = IncidentUi.withId(new ComboBox<>(getTranslation("triage.link.incident")),
                "triage-link-incident");
        target.setItems(incidents.list(IncidentState.OPEN));
        target.setItemLabelGenerator(incident -> incident.reference() + " · " + incident.title());
        target.setWidthFull();
        new FormDialog(getTranslation("triage.link.title"), getTranslation("triage.link.intro", ids.size()),
                getTranslation("triage.link.confirm"), "triage-link-confirm", () -> {
                    IncidentSummary chosen = target.getValue();
                    if (chosen == null || !done(IncidentUi.attempt(() -> triage.link(ids, chosen.id())), null)) {
                        return false;
                    }
                    IncidentUi.successWithLink(getTranslation("triage.linked", ids.size(), chosen.reference()),
                            getTranslation("triage.go-to", chosen.reference()), chosen.id());
                    return true;
                }).body(target).open();
    }

    private void declineSelection() {
        List<Long> ids = queue.selected().stream().map(ReportSummary::id).toList();
        TextArea reason = IncidentUi.withId(new TextArea(getTranslation("triage.decline.reason")), "triage-decline-reason");
        reason.setWidthFull();
        reason.setMaxLength(1000);
        new FormDialog(getTranslation("triage.decline.title"), getTranslation("triage.decline.intro", ids.size()),
                getTranslation("triage.decline.confirm"), "triage-decline-confirm",
                () -> done(IncidentUi.attempt(() -> ids.forEach(id -> triage.decline(id, reason.getValue()))),
                        getTranslation("triage.declined", ids.size())))
                .body(reason).open();
    }

    private void markDuplicates() {
        Set<ReportSummary> selected = queue.selected();
        ComboBox<ReportSummary> original = IncidentUi.withId(new ComboBox<>(getTranslation("triage.duplicate.of")),
                "triage-duplicate-of");
        original.setItems(triage.queue(queue.filter()).stream().filter(report -> !selected.contains(report)).toList());
        original.setItemLabelGenerator(report -> "#" + report.id() + " · " + report.reporterName() + " · "
                + IncidentUi.label(report.symptom()));
        original.setWidthFull();
        new FormDialog(getTranslation("triage.duplicate.title"),
                getTranslation("triage.duplicate.intro", selected.size()), getTranslation("triage.duplicate.confirm"),
                "triage-duplicate-confirm", () -> original.getValue() != null
                        && done(IncidentUi.attempt(() -> selected.forEach(report ->
                                triage.markDuplicate(report.id(), original.getValue().id()))),
                                getTranslation("triage.duplicated", selected.size())))
                .body(original).open();
    }

    /** After a change to the selection: confirms it (when {@code message} is given) and shows the queue afresh. */
    private boolean done(boolean succeeded, String message) {
        if (succeeded && message != null) {
            IncidentUi.success(message);
        }
        if (succeeded) {
            queue.grid().deselectAll();
        }
        refresh();
        return succeeded;
    }

    @Override
    public String titleKey() {
        return "triage.title";
    }
}
