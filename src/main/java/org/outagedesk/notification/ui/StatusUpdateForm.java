package org.outagedesk.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.function.Predicate;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.NewStatusUpdate;
import org.outagedesk.incident.PublicStatus;
import org.outagedesk.incident.UpdateAudience;

/** The update form: audience and status first; choosing an audience prefills the message from its template. */
class StatusUpdateForm extends Div {

    final Select<UpdateAudience> audience = new Select<>();
    final Select<PublicStatus> status = new Select<>();
    final TextArea message = new TextArea();
    final DateTimePicker eta = new DateTimePicker();
    final TextField workaround = new TextField();
    final Button send = new Button();
    private final IncidentDetails incident;

    StatusUpdateForm(IncidentDetails incident, Predicate<NewStatusUpdate> sender, Runnable onClose) {
        this.incident = incident;
        addClassName("status-update-form");
        audience.setId("update-audience");
        audience.setLabel(getTranslation("notification.updates.audience"));
        audience.setItems(UpdateAudience.values());
        audience.setItemLabelGenerator(value -> getTranslation("notification.audience." + key(value)));
        status.setId("update-status");
        status.setLabel(getTranslation("notification.updates.status"));
        status.setItems(PublicStatus.values());
        status.setItemLabelGenerator(value -> getTranslation("notification.status." + value.publicName()));
        message.setId("update-message");
        message.setLabel(getTranslation("notification.updates.message"));
        message.setWidthFull();
        message.setMaxLength(4000);
        eta.setId("update-eta");
        eta.setLabel(getTranslation("notification.updates.eta"));
        workaround.setId("update-workaround");
        workaround.setLabel(getTranslation("notification.updates.workaround"));
        workaround.setWidthFull();
        send.setId("update-send");
        send.setText(getTranslation("notification.updates.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        audience.addValueChangeListener(change -> {
            if (change.isFromClient() || change.getOldValue() == null) {
                prefill(change.getValue());
            }
        });
        send.addClickListener(click -> {
            LocalDateTime local = eta.getValue();
            NewStatusUpdate update = new NewStatusUpdate(status.getValue(), message.getValue(),
                    local == null ? null : local.atZone(NotificationUi.zone()).toInstant(), workaround.getValue(),
                    audience.getValue());
            if (sender.test(update)) {
                prefill(audience.getValue());
            }
        });
        Div row = new Div(audience, status, eta);
        row.addClassName("status-update-row");
        Button close = new Button(getTranslation("notification.updates.close"), click -> onClose.run());
        close.setId("update-close");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div buttons = new Div(send, close);
        buttons.addClassName("status-update-buttons");
        add(row, message, workaround, buttons);
        status.setValue(incident.publicStatus());
        eta.setValue(incident.eta() == null ? null : LocalDateTime.ofInstant(incident.eta(), NotificationUi.zone()));
        audience.setValue(UpdateAudience.PUBLIC);
    }

    /** Fills the message (and for the public the workaround) from the audience's template in the UI's language. */
    void prefill(UpdateAudience chosen) {
        if (chosen == null) {
            return;
        }
        String services = NotificationUi.services(this, incident);
        String title = incident.publicTitle() != null ? incident.publicTitle() : incident.title();
        message.setValue(getTranslation("notification.template." + key(chosen), title, services,
                incident.severity(), incident.reportCount()));
        workaround.setValue(chosen == UpdateAudience.PUBLIC ? getTranslation("notification.template.workaround") : "");
    }

    private static String key(UpdateAudience audience) {
        return audience.name().toLowerCase(Locale.ROOT);
    }
}
