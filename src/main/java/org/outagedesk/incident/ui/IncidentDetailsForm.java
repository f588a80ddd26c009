package org.outagedesk.incident.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentEdit;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.PublicStatus;
import org.outagedesk.incident.Scope;
import org.outagedesk.incident.Severity;

/**
 * The incident's details as fields: title, description, scope, severity, affected services, public
 * status, public title and ETA. Each field saves on its own when changed, against the version shown.
 */
class IncidentDetailsForm extends FormLayout implements ReadThenEditPanel.Fields {

    private final TextField title = IncidentUi.withId(new TextField(), "incident-title");
    private final TextArea description = IncidentUi.withId(new TextArea(), "incident-description");
    private final Select<Scope> scope = IncidentUi.withId(new Select<>(), "incident-scope");
    private final Select<Severity> severity = IncidentUi.withId(new Select<>(), "incident-severity");
    private final CheckboxGroup<MailService> services = IncidentUi.withId(new CheckboxGroup<>(), "incident-services");
    private final Select<PublicStatus> publicStatus = IncidentUi.withId(new Select<>(), "incident-public-status");
    private final TextField publicTitle = IncidentUi.withId(new TextField(), "incident-public-title");
    private final DateTimePicker eta = IncidentUi.withId(new DateTimePicker(), "incident-eta");
    private final List<HasValue<?, ?>> fields = List.of(title, description, scope, severity, services, publicStatus,
            publicTitle, eta);

    IncidentDetailsForm(Consumer<IncidentEdit> onEdit) {
        title.setLabel(getTranslation("incident.field.title"));
        title.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        description.setLabel(getTranslation("incident.field.description"));
        description.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        IncidentUi.choices(scope, "incident.field.scope", Scope.values());
        IncidentUi.choices(severity, "incident.field.severity", Severity.values());
        IncidentUi.choices(services, "incident.field.services", MailService.values());
        IncidentUi.choices(publicStatus, "incident.field.publicStatus", PublicStatus.values());
        publicTitle.setLabel(getTranslation("incident.field.publicTitle"));
        publicTitle.setHelperText(getTranslation("incident.field.publicTitle-help"));
        publicTitle.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        eta.setLabel(getTranslation("incident.field.eta"));
        eta.setStep(java.time.Duration.ofMinutes(15));

        saveOn(title, onEdit, IncidentEdit.ChangeTitle::new);
        saveOn(description, onEdit, IncidentEdit.ChangeDescription::new);
        saveOn(scope, onEdit, IncidentEdit.ChangeScope::new);
        saveOn(severity, onEdit, IncidentEdit.ChangeSeverity::new);
        saveOn(services, onEdit, IncidentEdit.ChangeServices::new);
        saveOn(publicStatus, onEdit, IncidentEdit.ChangePublicStatus::new);
        saveOn(publicTitle, onEdit, IncidentEdit.ChangePublicTitle::new);
        saveOn(eta, onEdit, value -> new IncidentEdit.ChangeEta(IncidentDetailsPanel.toInstant(value)));

        add(title, scope, severity, services, publicStatus, eta, publicTitle, description);
        setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("34em", 2));
        setColspan(title, 2);
        setColspan(services, 2);
        setColspan(publicTitle, 2);
        setColspan(description, 2);
    }

    @Override
    public void focusFirst() {
        title.focus();
    }

    private static <V> void saveOn(HasValue<?, V> field, Consumer<IncidentEdit> onEdit,
            Function<V, IncidentEdit> edit) {
        field.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                onEdit.accept(edit.apply(event.getValue()));
            }
        });
    }

    @Override
    public void show(IncidentDetails incident, boolean editable) {
        title.setValue(incident.title());
        description.setValue(incident.description() == null ? "" : incident.description());
        scope.setValue(incident.scope());
        severity.setValue(incident.severity());
        services.setValue(incident.services());
        publicStatus.setValue(incident.publicStatus());
        publicTitle.setValue(incident.publicTitle() == null ? "" : incident.publicTitle());
        eta.setValue(IncidentDetailsPanel.toLocal(incident.eta()));
        fields.forEach(field -> field.setReadOnly(!editable));
    }
}
