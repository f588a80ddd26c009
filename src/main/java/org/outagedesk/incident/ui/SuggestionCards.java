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
import org.outagedesk.base.PlainText;
import org.outagedesk.incident.ScopeAdvisor;
import org.outagedesk.incident.TriageGroup;

/** The grouped scope suggestions above the queue: how widespread each kind of problem is. */
class SuggestionCards extends Div {

    private final Consumer<TriageGroup> onOpen;
    private final boolean canChange;
    private final SuggestionExplainer explainer;

    SuggestionCards(Consumer<TriageGroup> onOpen, boolean canChange, SuggestionExplainer explainer) {
        this.onOpen = onOpen;
        this.explainer = explainer;
        this.canChange = canChange;
        setId("triage-suggestions");
        addClassName("suggestion-grid");
    }

    void show(List<TriageGroup> groups, long windowHours) {
        removeAll();
        if (groups.isEmpty()) {
            add(IncidentUi.emptyState(VaadinIcon.CHECK_CIRCLE_O, getTranslation("triage.suggestions.empty"),
                    getTranslation("triage.suggestions.empty-hint", windowHours)));
            return;
        }
        for (int index = 0; index < groups.size(); index++) {
            add(card(groups.get(index), index));
        }
    }

    private Div card(TriageGroup group, int index) {
        Div card = new Div();
        card.setId("triage-group-" + index);
        card.addClassNames("suggestion-card", "sev-edge-" + group.severity().name().toLowerCase(Locale.ROOT));
        H3 heading = new H3(IncidentUi.label(group.symptom()));
        Span clients = new Span(SuggestionText.clients(group));
        clients.addClassName("muted");
        Div head = new Div(heading, IncidentUi.severityBadge(group.severity()));
        head.addClassName("suggestion-head");

        Div facts = new Div(
                fact(VaadinIcon.USERS, getTranslation("triage.group.reporters", group.reporters(), group.reportIds().size())),
                fact(VaadinIcon.OFFICE, list(group.departments())),
                fact(VaadinIcon.BUILDING, list(group.sites())),
                fact(VaadinIcon.PIE_CHART, getTranslation("triage.group.share", ScopeAdvisor.percent(group.share()))));
        if (group.errorText() != null) {
            facts.add(fact(VaadinIcon.WARNING, getTranslation("triage.group.error", clip(group.errorText()))));
        }
        facts.addClassName("suggestion-facts");
        Div reading = explainer.reading(group.signature(), "triage-group-reading-" + index);

        Span suggestion = IncidentUi.withId(new Span(SuggestionText.suggestion(group)),
                "triage-group-suggestion-" + index);
        suggestion.addClassName("suggestion-line");
        card.add(head, clients, facts);
        if (reading != null) {
            card.add(reading);
        }
        card.add(suggestion);
        addIfAny(card, explainer.reasons(group, "triage-group-reason-" + index));
        addIfAny(card, explainer.causesAndSteps(group, "triage-group-causes-" + index));
        if (canChange) {
            Button open = new Button(getTranslation("triage.group.open"), VaadinIcon.PLUS_CIRCLE.create(),
                    click -> onOpen.accept(group));
            open.setId("triage-group-open-" + index);
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            card.add(open);
        }
        return card;
    }

    private static void addIfAny(Div card, com.vaadin.flow.component.Component part) {
        if (part != null) {
            card.add(part);
        }
    }

    private static String clip(String text) {
        return PlainText.clip(text.replaceAll("\\s+", " "), 120);
    }

    private String list(List<String> values) {
        return values.isEmpty() ? getTranslation("triage.group.unknown") : String.join(", ", values);
    }

    private static Div fact(VaadinIcon icon, String text) {
        Div fact = new Div(icon.create(), new Span(text));
        fact.addClassName("suggestion-fact");
        return fact;
    }
}
