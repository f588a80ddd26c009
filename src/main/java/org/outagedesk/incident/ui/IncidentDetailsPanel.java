package org.outagedesk.incident.ui;

import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentEdit;

/** What the incident is: a list until Edit, then {@link IncidentDetailsForm}. */
class IncidentDetailsPanel extends ReadThenEditPanel<IncidentDetailsForm> {

    IncidentDetailsPanel(Consumer<IncidentEdit> onEdit) {
        super("details", "incident.details.edit", () -> new IncidentDetailsForm(onEdit));
        addClassNames("panel", "details-panel");
    }

    @Override
    String headingKey() {
        return "incident.section.details";
    }

    @Override
    Component[] summarise(IncidentDetails shown) {
        return new Component[] {list(
                item(getTranslation("incident.field.scope"), IncidentUi.label(shown.scope())),
                item(getTranslation("incident.field.severity"), IncidentUi.label(shown.severity())),
                item(getTranslation("incident.field.services"), shown.services().stream().map(IncidentUi::label)
                        .collect(Collectors.joining(", "))),
                item(getTranslation("incident.field.publicStatus"), IncidentUi.label(shown.publicStatus())),
                item(getTranslation("incident.field.eta"), shown.eta() == null ? null : IncidentUi.time(shown.eta())),
                item(getTranslation("incident.field.publicTitle"), shown.publicTitle()),
                item(getTranslation("incident.field.description"), shown.description()))};
    }

    static LocalDateTime toLocal(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, IncidentUi.zone());
    }

    static Instant toInstant(LocalDateTime local) {
        return local == null ? null : local.atZone(IncidentUi.zone()).toInstant();
    }
}
