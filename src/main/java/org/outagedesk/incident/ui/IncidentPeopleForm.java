package org.outagedesk.incident.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentEdit;
import org.outagedesk.incident.Milestone;
import org.outagedesk.incident.RoleHolder;
import org.outagedesk.incident.StaffMember;

/** The incident roles and the metrics timestamps as fields, each saving on its own when changed. */
class IncidentPeopleForm extends Div implements ReadThenEditPanel.Fields {

    private final Consumer<IncidentEdit> onEdit;
    private final List<StaffMember> staff;
    private final FormLayout roles = new FormLayout();
    private final FormLayout milestones = new FormLayout();
    private final TextField newRole = IncidentUi.withId(new TextField(), "incident-new-role");

    IncidentPeopleForm(List<StaffMember> staff, Consumer<IncidentEdit> onEdit) {
        this.onEdit = onEdit;
        this.staff = staff;
        newRole.setPlaceholder(getTranslation("incident.role.new-placeholder"));
        newRole.setAriaLabel(getTranslation("incident.role.new-placeholder"));
        roles.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        milestones.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(new H3(getTranslation("incident.section.roles")), roles,
                new H3(getTranslation("incident.section.milestones")), milestones);
    }

    @Override
    public void show(IncidentDetails incident, boolean editable) {
        roles.removeAll();
        for (String role : IncidentPeoplePanel.roles(incident)) {
            roles.add(roleField(role, incident.role(role), editable));
        }
        if (editable) {
            Button add = new Button(getTranslation("incident.role.add"), VaadinIcon.PLUS.create(), click -> {
                if (!newRole.getValue().isBlank()) {
                    roles.add(roleField(newRole.getValue().strip(), null, true));
                    newRole.clear();
                }
            });
            add.setId("incident-role-add");
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Div row = new Div(newRole, add);
            row.addClassName("inline-row");
            roles.add(row);
        }
        milestones.removeAll();
        for (Milestone milestone : Milestone.values()) {
            milestones.add(milestoneField(milestone, incident, editable));
        }
    }

    private Select<StaffMember> roleField(String role, RoleHolder holder, boolean editable) {
        Select<StaffMember> field = IncidentUi.withId(new Select<>(), "incident-role-" + role);
        field.setLabel(roleLabel(role));
        field.setItems(staff);
        field.setItemLabelGenerator(member -> member == null ? "" : member.name());
        field.setEmptySelectionAllowed(true);
        field.setEmptySelectionCaption(getTranslation("incident.role.nobody"));
        if (holder != null) {
            field.setValue(staff.stream().filter(member -> member.accountId() == holder.accountId()).findFirst()
                    .orElse(new StaffMember(holder.accountId(), holder.name())));
        }
        field.setReadOnly(!editable);
        field.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                onEdit.accept(new IncidentEdit.AssignRole(role,
                        event.getValue() == null ? null : event.getValue().accountId()));
            }
        });
        return field;
    }

    private DateTimePicker milestoneField(Milestone milestone, IncidentDetails incident, boolean editable) {
        DateTimePicker field = IncidentUi.withId(new DateTimePicker(), "incident-milestone-" + milestone.name());
        field.setLabel(IncidentUi.label(milestone));
        field.setValue(IncidentDetailsPanel.toLocal(incident.milestone(milestone)));
        field.setReadOnly(!editable);
        field.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                onEdit.accept(new IncidentEdit.ChangeMilestone(milestone,
                        IncidentDetailsPanel.toInstant(event.getValue())));
            }
        });
        return field;
    }

    private String roleLabel(String role) {
        return IncidentPeoplePanel.roleLabel(this, role);
    }

    @Override
    public void focusFirst() {
        roles.getChildren().findFirst().ifPresent(field -> ((Select<?>) field).focus());
    }
}
