package org.outagedesk.incident.ui;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.outagedesk.base.ui.Markup;
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
    void summarise(Markup html, IncidentDetails shown) {
        html.open("dl", "class", "details-list");
        item(html, getTranslation("incident.field.scope"), IncidentUi.label(shown.scope()));
        item(html, getTranslation("incident.field.severity"), IncidentUi.label(shown.severity()));
        item(html, getTranslation("incident.field.services"), shown.services().stream().map(IncidentUi::label)
                .collect(Collectors.joining(", ")));
        item(html, getTranslation("incident.field.publicStatus"), IncidentUi.label(shown.publicStatus()));
        item(html, getTranslation("incident.field.eta"), shown.eta() == null ? null : IncidentUi.time(shown.eta()));
        item(html, getTranslation("incident.field.publicTitle"), shown.publicTitle());
        item(html, getTranslation("incident.field.description"), shown.description());
        html.close("dl");
    }

    static LocalDateTime toLocal(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, IncidentUi.zone());
    }

    static Instant toInstant(LocalDateTime local) {
        return local == null ? null : local.atZone(IncidentUi.zone()).toInstant();
    }
}
