package org.outagedesk.incident.ui;

import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.outagedesk.base.ui.Markup;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentEdit;
import org.outagedesk.incident.IncidentRoles;
import org.outagedesk.incident.Milestone;
import org.outagedesk.incident.RoleHolder;
import org.outagedesk.incident.StaffMember;

/**
 * Who does what (incident roles) and when things happened (the metrics timestamps): lists until
 * Edit, then {@link IncidentPeopleForm}.
 */
class IncidentPeoplePanel extends ReadThenEditPanel<IncidentPeopleForm> {

    IncidentPeoplePanel(List<StaffMember> staff, Consumer<IncidentEdit> onEdit) {
        super("people", "incident.people.edit", () -> new IncidentPeopleForm(staff, onEdit));
        addClassNames("panel", "people-panel");
    }

    @Override
    void summarise(Markup html, IncidentDetails shown) {
        html.line("h3", null, getTranslation("incident.section.roles")).open("dl", "class", "details-list");
        for (String role : roles(shown)) {
            RoleHolder holder = shown.role(role);
            item(html, roleLabel(this, role), holder == null ? getTranslation("incident.role.nobody") : holder.name());
        }
        html.close("dl").line("h3", null, getTranslation("incident.section.milestones"))
                .open("dl", "class", "details-list");
        for (Milestone milestone : Milestone.values()) {
            Instant at = shown.milestone(milestone);
            item(html, IncidentUi.label(milestone), at == null ? null : IncidentUi.time(at));
        }
        html.close("dl");
    }

    /** The two standard roles, held or not, then any other role someone holds. */
    static List<String> roles(IncidentDetails incident) {
        List<String> names = new ArrayList<>(List.of(IncidentRoles.COMMANDER, IncidentRoles.COMMUNICATIONS_LEAD));
        incident.roles().stream().map(RoleHolder::role).filter(role -> !names.contains(role)).forEach(names::add);
        return names;
    }

    static String roleLabel(Component in, String role) {
        return switch (role) {
            case IncidentRoles.COMMANDER, IncidentRoles.COMMUNICATIONS_LEAD -> in.getTranslation("incident.role." + role);
            default -> role;
        };
    }
}
