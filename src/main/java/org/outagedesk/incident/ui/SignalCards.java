package org.outagedesk.incident.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.outagedesk.incident.TriageSignal;

/** Monitoring signals (e.g. failing mail probes) shown beside the user reports, each suggesting an incident. */
class SignalCards extends Div {

    private final Consumer<TriageSignal> onOpen;
    private final boolean canChange;

    SignalCards(Consumer<TriageSignal> onOpen, boolean canChange) {
        this.onOpen = onOpen;
        this.canChange = canChange;
        setId("triage-signals");
        addClassName("suggestion-grid");
    }

    void show(List<TriageSignal> signals) {
        removeAll();
        setVisible(!signals.isEmpty());
        signals.forEach(signal -> add(card(signal)));
    }

    private Div card(TriageSignal signal) {
        Div card = new Div();
        card.setId("triage-signal-" + signal.key());
        card.addClassNames("suggestion-card", "signal-card",
                "sev-edge-" + signal.severity().name().toLowerCase(Locale.ROOT));
        Span source = IncidentUi.chip(getTranslation("triage.signal.source"), "signal-chip");
        Div head = new Div(new H3(signal.title()), IncidentUi.severityBadge(signal.severity()));
        head.addClassName("suggestion-head");
        Span failures = new Span(getTranslation("triage.signal.failures", signal.failures(),
                IncidentUi.time(signal.since())));
        failures.addClassName("muted");
        Span detail = new Span(signal.detail());
        detail.addClassName("signal-detail");
        String services = signal.services().stream().map(IncidentUi::label).collect(Collectors.joining(", "));
        Span suggestion = new Span(getTranslation("triage.signal.suggestion", IncidentUi.label(signal.scope()),
                services.isEmpty() ? getTranslation("triage.group.unknown") : services));
        suggestion.addClassName("suggestion-line");
        card.add(source, head, failures, detail, suggestion);
        if (canChange) {
            Button open = new Button(getTranslation("triage.group.open"), VaadinIcon.PLUS_CIRCLE.create(),
                    click -> onOpen.accept(signal));
            open.setId("triage-signal-open-" + signal.key());
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            card.add(open);
        }
        return card;
    }
}
