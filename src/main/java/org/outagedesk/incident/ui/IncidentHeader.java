package org.outagedesk.incident.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.Consumer;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentState;
import org.outagedesk.incident.Phase;

/** Reference, title, badges, the SOP phase stepper and the incident's big actions. */
class IncidentHeader extends Div {

    private final Span reference = new Span();
    private final H2 title = new H2();
    private final Div badges = new Div();
    private final Div phases = IncidentUi.withId(new Div(), "incident-phases");
    private final Div actions = new Div();
    private final Consumer<Phase> onPhase;
    private final Runnable onResolve;
    private final Runnable onClose;
    private final Runnable onMerge;

    IncidentHeader(Consumer<Phase> onPhase, Runnable onResolve, Runnable onClose, Runnable onMerge) {
        this.onPhase = onPhase;
        this.onResolve = onResolve;
        this.onClose = onClose;
        this.onMerge = onMerge;
        addClassName("incident-header");
        reference.addClassName("incident-reference");
        title.setId("incident-heading");
        badges.addClassName("incident-badges");
        phases.addClassName("phase-stepper");
        actions.addClassName("action-bar");
        Div top = new Div(reference, badges);
        top.addClassName("incident-top");
        Div titleRow = new Div(title, actions);
        titleRow.addClassName("incident-title-row");
        add(top, titleRow, phases);
    }

    void show(IncidentDetails incident, boolean staff) {
        boolean editable = staff && incident.open();
        reference.setText(incident.reference());
        title.setText(incident.title());
        badges.removeAll();
        badges.add(IncidentUi.severityBadge(incident.severity()),
                IncidentUi.chip(IncidentUi.label(incident.scope()), "scope-chip"),
                IncidentUi.chip(IncidentUi.label(incident.state()), "state-chip state-" + incident.state().name()
                        .toLowerCase(java.util.Locale.ROOT)),
                IncidentUi.chip(IncidentUi.label(incident.publicStatus()), "status-chip"));
        phases.removeAll();
        for (Phase phase : Phase.values()) {
            Button step = new Button((phase.ordinal() + 1) + " · " + IncidentUi.label(phase), click -> onPhase.accept(phase));
            step.setId("incident-phase-" + phase.name());
            step.addClassName("phase-step");
            if (phase == incident.phase()) {
                step.addClassName("current");
                step.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                step.getElement().setAttribute("aria-current", "step");
            } else if (phase.ordinal() < incident.phase().ordinal()) {
                step.addClassName("done");
            }
            step.setEnabled(editable);
            phases.add(step);
        }
        actions.removeAll();
        if (editable) {
            actions.add(button("incident-merge", "incident.action.merge", VaadinIcon.CONNECT, onMerge, false),
                    button("incident-resolve", "incident.action.resolve", VaadinIcon.CHECK, onResolve, true));
        }
        if (incident.state() == IncidentState.RESOLVED && staff) {
            actions.add(button("incident-close", "incident.action.close", VaadinIcon.ARCHIVE, onClose, true));
        }
    }

    private Button button(String id, String key, VaadinIcon icon, Runnable action, boolean primary) {
        Button button = new Button(getTranslation(key), icon.create(), click -> action.run());
        button.setId(id);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        }
        return button;
    }
}
