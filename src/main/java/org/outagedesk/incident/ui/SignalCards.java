package org.outagedesk.incident.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import org.outagedesk.base.ui.Samp;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.outagedesk.incident.TriageSignal;

/** Monitoring signals (e.g. failing mail probes) shown beside the user reports, each suggesting an incident. */
class SignalCards extends Div {

    private final Consumer<TriageSignal> onOpen;
    private final boolean canChange;
    private final Map<String, TriageSignal> shown = new LinkedHashMap<>();
    private final Map<String, Div> cards = new HashMap<>();
    private final SuggestionExplainer explainer;

    SignalCards(Consumer<TriageSignal> onOpen, boolean canChange, SuggestionExplainer explainer) {
        this.explainer = explainer;
        this.onOpen = onOpen;
        this.canChange = canChange;
        setId("triage-signals");
        addClassName("suggestion-grid");
    }

    void show(List<TriageSignal> signals) {
        Map<String, TriageSignal> next = new LinkedHashMap<>();
        signals.forEach(signal -> next.put(signal.key(), signal));
        if (next.equals(shown)) {
            return;
        }
        for (String gone : shown.keySet().stream().filter(key -> !next.containsKey(key)).toList()) {
            cards.remove(gone).removeFromParent();
        }
        // Cards are updated in place, so the button under someone's pointer stays the same button.
        next.values().forEach(signal -> fill(cards.computeIfAbsent(signal.key(), key -> newCard(signal)), signal));
        shown.clear();
        shown.putAll(next);
        setVisible(!next.isEmpty());
    }

    private Div newCard(TriageSignal signal) {
        Div card = new Div(new Div());
        card.setId("triage-signal-" + signal.key());
        if (canChange) {
            Button open = new Button(getTranslation("triage.group.open"), VaadinIcon.PLUS_CIRCLE.create(),
                    click -> onOpen.accept(shown.get(signal.key())));
            open.setId("triage-signal-open-" + signal.key());
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            card.add(open);
        }
        add(card);
        return card;
    }

    private void fill(Div card, TriageSignal signal) {
        card.setClassName("suggestion-card signal-card sev-edge-" + signal.severity().name().toLowerCase(Locale.ROOT));
        Div body = (Div) card.getComponentAt(0);
        body.removeAll();
        Span source = IncidentUi.chip(getTranslation("triage.signal.source"), "signal-chip");
        Div head = new Div(new H3(signal.title()), IncidentUi.severityBadge(signal.severity()));
        head.addClassName("suggestion-head");
        Span failures = new Span(getTranslation("triage.signal.failures", signal.failures(),
                IncidentUi.time(signal.since())));
        failures.addClassName("muted");
        Div detail = new Div(new Span(signal.detail()));
        if (signal.evidence() != null) {
            detail.add(new Samp(signal.evidence()));
        }
        detail.addClassName("signal-detail");
        String services = signal.services().stream().map(IncidentUi::label).collect(Collectors.joining(", "));
        Span suggestion = new Span(getTranslation("triage.signal.suggestion", IncidentUi.label(signal.scope()),
                services.isEmpty() ? getTranslation("triage.group.unknown") : services));
        suggestion.addClassName("suggestion-line");
        body.add(source, head, failures, detail);
        Div reading = explainer.reading(signal.signature(), "triage-signal-reading-" + signal.key());
        if (reading != null) {
            body.add(reading);
        }
        body.add(suggestion);
        body.addClassName("signal-body");
    }
}
