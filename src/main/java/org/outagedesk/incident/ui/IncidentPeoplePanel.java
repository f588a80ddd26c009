package org.outagedesk.incident.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
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
 * Edit, then {@link IncidentPeopleForm}. Staff take the commander or communications role with one
 * click ("Take command"); taking it from someone else asks first.
 */
class IncidentPeoplePanel extends ReadThenEditPanel<IncidentPeopleForm> {

    /** The roles every incident has, offered to take in one click. */
    private static final List<String> STANDARD = List.of(IncidentRoles.COMMANDER, IncidentRoles.COMMUNICATIONS_LEAD);

    private final long myAccountId;
    private final Consumer<IncidentEdit> onEdit;
    private boolean canTake;

    IncidentPeoplePanel(List<StaffMember> staff, long myAccountId, Consumer<IncidentEdit> onEdit) {
        super("people", "incident.people.edit", () -> new IncidentPeopleForm(staff, onEdit));
        this.myAccountId = myAccountId;
        this.onEdit = onEdit;
        addClassNames("panel", "people-panel");
    }

    @Override
    void show(IncidentDetails incident, boolean editable) {
        canTake = editable;
        super.show(incident, editable);
    }

    @Override
    Component[] summarise(IncidentDetails shown) {
        Div[] roles = roles(shown).stream().map(role -> {
            RoleHolder holder = shown.role(role);
            Div item = item(roleLabel(this, role),
                    holder == null ? getTranslation("incident.role.nobody") : holder.name());
            item.setId("incident-role-holder-" + role);
            if (canTake && STANDARD.contains(role) && (holder == null || holder.accountId() != myAccountId)) {
                // Inside the value (<dd>): a list of terms and values may hold nothing else.
                item.getChildren().filter(DescriptionList.Description.class::isInstance).findFirst()
                        .ifPresent(value -> ((DescriptionList.Description) value).add(takeButton(role, holder)));
            }
            return item;
        }).toArray(Div[]::new);
        Div[] milestones = Stream.of(Milestone.values()).map(milestone -> {
            Instant at = shown.milestone(milestone);
            return item(IncidentUi.label(milestone), at == null ? null : IncidentUi.time(at));
        }).toArray(Div[]::new);
        return new Component[] {new H3(getTranslation("incident.section.roles")), list(roles),
                new H3(getTranslation("incident.section.milestones")), list(milestones)};
    }

    /** "Take command": at once when nobody holds the role, after a question when someone else does. */
    private Button takeButton(String role, RoleHolder holder) {
        String text = getTranslation("incident.role.take." + role);
        Button take = IncidentUi.withId(new Button(text, VaadinIcon.HAND.create(), click -> {
            IncidentEdit edit = new IncidentEdit.AssignRole(role, myAccountId);
            if (holder == null) {
                onEdit.accept(edit);
                return;
            }
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("incident.role.take-title." + role, holder.name()),
                    getTranslation("incident.role.take-text", holder.name()), text, confirmed -> onEdit.accept(edit));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("incident.cancel"));
            confirm.setId("incident-take-confirm");
            confirm.open();
        }), "incident-take-" + role);
        take.addThemeVariants(ButtonVariant.LUMO_SMALL, holder == null ? ButtonVariant.LUMO_PRIMARY
                : ButtonVariant.LUMO_TERTIARY);
        take.addClassName("take-role");
        return take;
    }

    /** The two standard roles, held or not, then any other role someone holds. */
    static List<String> roles(IncidentDetails incident) {
        List<String> names = new ArrayList<>(STANDARD);
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
