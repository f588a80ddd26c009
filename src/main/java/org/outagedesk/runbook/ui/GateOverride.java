package org.outagedesk.runbook.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.outagedesk.base.SignedInUser;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentRoles;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.Phase;
import org.outagedesk.incident.RoleHolder;

/** The commander's way past a phase gate: the phase to move to and the reason, which the timeline keeps. */
class GateOverride extends Div {

    private final IncidentService incidents;
    private final long incidentId;
    private final Runnable afterwards;
    private final Details details = new Details(RunbookUi.t("runbook.override.title"));

    GateOverride(IncidentService incidents, long incidentId, Runnable afterwards) {
        this.incidents = incidents;
        this.incidentId = incidentId;
        this.afterwards = afterwards;
        addClassName("runbook-override");
        details.setId("runbook-override-details");
        // The form is built when the commander opens it: most incidents never need it.
        details.addOpenedChangeListener(opened -> {
            if (opened.isOpened() && details.getContent().findAny().isEmpty()) {
                details.add(form());
            }
        });
        add(details);
    }

    private Div form() {
        Select<Phase> phase = new Select<>();
        TextField reason = RunbookUi.withId(new TextField(), "runbook-override-reason");
        phase.setId("runbook-override-phase");
        phase.setLabel(RunbookUi.t("runbook.override.phase"));
        phase.setItems(Phase.values());
        phase.setItemLabelGenerator(RunbookUi::label);
        reason.setLabel(RunbookUi.t("runbook.override.reason"));
        reason.setMaxLength(4000);
        Button go = new Button(RunbookUi.t("runbook.override.go"), click -> {
            IncidentDetails incident = incidents.find(incidentId).orElseThrow();
            if (phase.getValue() != null && RunbookUi.attempt(() -> incidents.overridePhaseGate(incidentId,
                    incident.version(), phase.getValue(), reason.getValue()))) {
                reason.clear();
            }
            afterwards.run();
        });
        go.setId("runbook-override");
        go.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        Div form = new Div(phase, reason, go);
        form.addClassName("runbook-override-form");
        return form;
    }

    /** Visible to the incident's commander only. */
    void show(SignedInUser me, boolean staff) {
        RoleHolder commander = incidents.find(incidentId).map(i -> i.role(IncidentRoles.COMMANDER)).orElse(null);
        setVisible(staff && commander != null && commander.accountId() == me.accountId());
    }
}
