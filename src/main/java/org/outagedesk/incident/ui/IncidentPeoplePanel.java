package org.outagedesk.incident.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
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
    Component[] summarise(IncidentDetails shown) {
        Div[] roles = roles(shown).stream().map(role -> {
            RoleHolder holder = shown.role(role);
            return item(roleLabel(this, role), holder == null ? getTranslation("incident.role.nobody") : holder.name());
        }).toArray(Div[]::new);
        Div[] milestones = Stream.of(Milestone.values()).map(milestone -> {
            Instant at = shown.milestone(milestone);
            return item(IncidentUi.label(milestone), at == null ? null : IncidentUi.time(at));
        }).toArray(Div[]::new);
        return new Component[] {new H3(getTranslation("incident.section.roles")), list(roles),
                new H3(getTranslation("incident.section.milestones")), list(milestones)};
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
