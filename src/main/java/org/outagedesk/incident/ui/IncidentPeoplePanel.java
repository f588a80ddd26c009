package org.outagedesk.incident.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.outagedesk.base.ui.Markup;
import org.outagedesk.base.ui.MarkupBlock;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentEdit;
import org.outagedesk.incident.IncidentRoles;
import org.outagedesk.incident.Milestone;
import org.outagedesk.incident.RoleHolder;
import org.outagedesk.incident.StaffMember;

/**
 * Who does what (incident roles) and when things happened (the metrics timestamps): read as
 * lists (one block the browser draws) until someone with the right presses Edit; then as fields
 * ({@link IncidentPeopleForm}) until Done.
 */
class IncidentPeoplePanel extends Div {

    private static final String EDIT = "edit";
    private static final String DONE = "done";

    private final MarkupBlock summary = IncidentUi.withId(new MarkupBlock("people-summary"), "incident-people");
    private IncidentPeopleForm form;
    private IncidentDetails shown;
    private boolean editable;

    IncidentPeoplePanel(List<StaffMember> staff, Consumer<IncidentEdit> onEdit) {
        addClassNames("panel", "people-panel");
        summary.onAction(action -> {
            if (EDIT.equals(action) && editable) {
                form = new IncidentPeopleForm(staff, onEdit);
                add(form);
                form.show(shown, true);
                form.focusFirst();
            } else if (DONE.equals(action) && form != null) {
                remove(form);
                form = null;
                summary.focusButton(EDIT);
            }
            showSummary();
        });
        add(summary);
    }

    void show(IncidentDetails incident, boolean editable) {
        this.shown = incident;
        this.editable = editable;
        if (form != null && !editable) {
            remove(form);
            form = null;
        }
        if (form != null) {
            form.show(incident, true);
        }
        showSummary();
    }

    private void showSummary() {
        Markup html = new Markup();
        if (form == null) {
            html.line("h3", null, getTranslation("incident.section.roles")).open("dl", "class", "details-list");
            List<String> names = new ArrayList<>(List.of(IncidentRoles.COMMANDER, IncidentRoles.COMMUNICATIONS_LEAD));
            shown.roles().stream().map(RoleHolder::role).filter(role -> !names.contains(role)).forEach(names::add);
            for (String role : names) {
                RoleHolder holder = shown.role(role);
                item(html, roleLabel(this, role), holder == null ? getTranslation("incident.role.nobody") : holder.name());
            }
            html.close("dl").line("h3", null, getTranslation("incident.section.milestones"))
                    .open("dl", "class", "details-list");
            for (Milestone milestone : Milestone.values()) {
                item(html, IncidentUi.label(milestone), shown.milestone(milestone) == null ? "—"
                        : IncidentUi.time(shown.milestone(milestone)));
            }
            html.close("dl");
        }
        if (editable) {
            html.button("incident-people-" + (form == null ? EDIT : DONE), form == null ? EDIT : DONE,
                    form == null ? "small" : "small primary", form == null ? VaadinIcon.EDIT : VaadinIcon.CHECK,
                    getTranslation(form == null ? "incident.people.edit" : "incident.details.done"),
                    "aria-expanded", String.valueOf(form != null));
        }
        summary.show(html);
    }

    private static void item(Markup html, String label, String value) {
        html.open("div", "class", "details-item").line("dt", null, label).open("dd").text(value).close("dd")
                .close("div");
    }

    static String roleLabel(Component in, String role) {
        return switch (role) {
            case IncidentRoles.COMMANDER, IncidentRoles.COMMUNICATIONS_LEAD -> in.getTranslation("incident.role." + role);
            default -> role;
        };
    }
}
