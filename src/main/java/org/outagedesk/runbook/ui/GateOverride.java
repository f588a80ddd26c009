package org.outagedesk.runbook.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.outagedesk.base.SignedInUser;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentRoles;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.Phase;
import org.outagedesk.incident.RoleHolder;
import org.outagedesk.base.ui.Texts;

/** The commander's way past a phase gate: the phase to move to and the reason, which the timeline keeps. */
class GateOverride extends Div {

    private final IncidentService incidents;
    private final long incidentId;
    private final Runnable afterwards;
    // "Override a phase gate…": the form is built when the commander opens it, as most incidents never need it.
    private final Button opener;
    private Div form;

    GateOverride(IncidentService incidents, long incidentId, Runnable afterwards) {
        this.incidents = incidents;
        this.incidentId = incidentId;
        this.afterwards = afterwards;
        addClassName("runbook-override");
        opener = RunbookUi.smallButton("runbook-override-open", "runbook.override.title", VaadinIcon.ANGLE_RIGHT,
                this::toggle, ButtonVariant.LUMO_TERTIARY);
        opener.getElement().setAttribute("aria-expanded", "false");
        add(opener);
    }

    private void toggle() {
        if (form == null) {
            form = form();
            add(form);
        } else {
            remove(form);
            form = null;
        }
        opener.setIcon((form == null ? VaadinIcon.ANGLE_RIGHT : VaadinIcon.ANGLE_DOWN).create());
        opener.getElement().setAttribute("aria-expanded", String.valueOf(form != null));
    }

    private Div form() {
        Select<Phase> phase = new Select<>();
        TextField reason = RunbookUi.withId(new TextField(), "runbook-override-reason");
        phase.setId("runbook-override-phase");
        phase.setLabel(Texts.t("runbook.override.phase"));
        phase.setItems(Phase.values());
        phase.setItemLabelGenerator(RunbookUi::label);
        reason.setLabel(Texts.t("runbook.override.reason"));
        reason.setMaxLength(4000);
        Button go = new Button(Texts.t("runbook.override.go"), click -> {
            IncidentDetails incident = incidents.find(incidentId).orElseThrow();
            Phase target = phase.getValue();
            if (target == null) {
                RunbookUi.problem(Texts.t("runbook.override.phase-required"));
                phase.focus();
            } else if (RunbookUi.attempt(() -> incidents.overridePhaseGate(incidentId, incident.version(), target,
                    reason.getValue()))) {
                RunbookUi.success(Texts.t("runbook.saved.override", RunbookUi.label(target)));
                toggle();
            }
            afterwards.run();
        });
        go.setId("runbook-override");
        go.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        Div form = new Div(phase, reason, go);
        form.addClassName("runbook-override-form");
        return form;
    }

    /** Visible to the commander of an open incident only. */
    void show(IncidentDetails incident, SignedInUser me, boolean staff) {
        RoleHolder commander = incident == null ? null : incident.role(IncidentRoles.COMMANDER);
        setVisible(staff && incident != null && incident.open() && commander != null && commander.accountId() == me.accountId());
        if (!isVisible() && form != null) {
            toggle();
        }
    }
}
