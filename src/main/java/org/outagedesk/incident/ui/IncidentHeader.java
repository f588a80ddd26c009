package org.outagedesk.incident.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentState;
import org.outagedesk.incident.Phase;
import org.outagedesk.incident.PublicStatus;

/**
 * Reference, title, badges, the SOP phase stepper and the incident's big actions. Built once and
 * updated in place when the incident changes, so a keyboard focus on a phase step stays where it is.
 */
class IncidentHeader extends Div {

    private final Span reference = new Span();
    private final Div badges = new Div();
    private final H2 heading = IncidentUi.withId(new H2(), "incident-heading");
    private final Button merge;
    private final Button resolve;
    private final Button close;
    private final Map<Phase, Button> steps = new EnumMap<>(Phase.class);
    private final Div stepper = IncidentUi.withId(new Div(), "incident-phases");
    private final Span finalPhase = IncidentUi.withId(new Span(), "incident-final-phase");

    IncidentHeader(Consumer<Phase> onPhase, Runnable onResolve, Runnable onClose, Runnable onMerge) {
        addClassName("incident-header");
        reference.addClassName("incident-reference");
        badges.addClassName("incident-badges");
        merge = action("incident-merge", VaadinIcon.CONNECT, "incident.action.merge", onMerge);
        resolve = action("incident-resolve", VaadinIcon.CHECK, "incident.action.resolve", onResolve);
        close = action("incident-close", VaadinIcon.ARCHIVE, "incident.action.close", onClose);
        resolve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Div top = new Div(reference, badges);
        top.addClassName("incident-top");
        Div actions = new Div(merge, resolve, close);
        actions.addClassName("action-bar");
        Div titleRow = new Div(heading, actions);
        titleRow.addClassName("incident-title-row");
        stepper.addClassName("phase-stepper");
        finalPhase.addClassName("final-phase");
        for (Phase phase : Phase.values()) {
            Button step = IncidentUi.withId(new Button((phase.ordinal() + 1) + " · " + IncidentUi.label(phase),
                    click -> onPhase.accept(phase)), "incident-phase-" + phase.name());
            step.addClassName("phase-step");
            steps.put(phase, step);
            stepper.add(step);
        }
        add(top, titleRow, stepper, finalPhase);
    }

    private Button action(String id, VaadinIcon icon, String textKey, Runnable onClick) {
        return IncidentUi.withId(new Button(getTranslation(textKey), icon.create(), click -> onClick.run()), id);
    }

    void show(IncidentDetails incident, boolean staff) {
        boolean editable = staff && incident.open();
        reference.setText(incident.reference());
        badges.removeAll();
        badges.add(IncidentUi.severityBadge(incident.severity()),
                IncidentUi.chip(IncidentUi.label(incident.scope()), "scope-chip"),
                IncidentUi.stateChip(incident.state()));
        if (incident.open()) {
            // Once resolved the public status only repeats the state, so it is shown while the incident is open.
            Span status = IncidentUi.chip(IncidentUi.label(incident.publicStatus()), "status-chip");
            status.setClassName("od-resolved", incident.publicStatus() == PublicStatus.RESOLVED);
            badges.add(status);
        }
        heading.setText(incident.title());
        merge.setVisible(editable);
        resolve.setVisible(editable);
        close.setVisible(staff && incident.state() == IncidentState.RESOLVED);
        boolean finished = !incident.state().workable();
        stepper.setClassName("finished", finished);
        steps.forEach((phase, step) -> {
            boolean current = phase == incident.phase();
            step.setClassName("current", current);
            step.setClassName("done", phase.ordinal() < incident.phase().ordinal() || finished && current);
            if (current) {
                step.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                step.getElement().setAttribute("aria-current", "step");
            } else {
                step.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
                step.getElement().removeAttribute("aria-current");
            }
            step.setEnabled(editable);
        });
        finalPhase.setVisible(finished);
        finalPhase.setText(finished ? getTranslation("incident.final-phase", IncidentUi.label(incident.state()),
                (incident.phase().ordinal() + 1) + " · " + IncidentUi.label(incident.phase())) : "");
    }
}
