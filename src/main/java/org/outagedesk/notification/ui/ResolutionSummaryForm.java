package org.outagedesk.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Predicate;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.Milestone;
import org.outagedesk.incident.ResolutionSummary;

/** The resolution summary, prefilled from its template, for the communications lead to finish and publish. */
class ResolutionSummaryForm extends Div {

    final TextArea summary = area("summary-text", "notification.updates.summary-text");
    final TextArea cause = area("summary-cause", "notification.updates.cause");
    final TextArea prevention = area("summary-prevention", "notification.updates.prevention");
    final Button publish = new Button();

    ResolutionSummaryForm(IncidentDetails incident, Predicate<ResolutionSummary> publisher) {
        addClassName("resolution-summary-form");
        String services = NotificationUi.services(this, incident);
        var started = incident.milestone(Milestone.IMPACT_STARTED) != null
                ? incident.milestone(Milestone.IMPACT_STARTED) : incident.createdAt();
        summary.setValue(getTranslation("notification.template.summary", NotificationUi.time(started),
                NotificationUi.time(incident.milestone(Milestone.RESOLVED)), services));
        cause.setValue(getTranslation("notification.template.cause"));
        prevention.setValue(getTranslation("notification.template.prevention"));
        publish.setId("summary-publish");
        publish.setText(getTranslation("notification.updates.publish-summary"));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(click -> publisher.test(new ResolutionSummary(summary.getValue(), cause.getValue(),
                prevention.getValue())));
        add(new H4(getTranslation("notification.updates.summary")), summary, cause, prevention, publish);
    }

    private TextArea area(String id, String labelKey) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setId(id);
        area.setWidthFull();
        area.setMaxLength(4000);
        return area;
    }
}
