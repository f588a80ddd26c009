package org.outagedesk.incident.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.outagedesk.base.ui.Markup;
import org.outagedesk.base.ui.MarkupBlock;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentEdit;

/**
 * What the incident is: read as a list (drawn by the browser from one block) until someone with
 * the right presses Edit; then as fields that save on their own ({@link IncidentDetailsForm}),
 * until Done.
 */
class IncidentDetailsPanel extends Div {

    private static final String EDIT = "edit";
    private static final String DONE = "done";

    private final Consumer<IncidentEdit> onEdit;
    private final MarkupBlock summary = IncidentUi.withId(new MarkupBlock("details-summary"), "incident-details");
    private IncidentDetailsForm form;
    private IncidentDetails shown;
    private boolean editable;

    IncidentDetailsPanel(Consumer<IncidentEdit> onEdit) {
        this.onEdit = onEdit;
        addClassNames("panel", "details-panel");
        summary.onAction(action -> {
            if (EDIT.equals(action) && editable) {
                form = new IncidentDetailsForm(onEdit);
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
        add(new H3(getTranslation("incident.section.details")), summary);
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

    /** While the fields are open they say it all: only the Done button is left above them. */
    private void showSummary() {
        Markup html = new Markup();
        if (form == null) {
            html.open("dl", "class", "details-list");
            item(html, "incident.field.scope", IncidentUi.label(shown.scope()));
            item(html, "incident.field.severity", IncidentUi.label(shown.severity()));
            item(html, "incident.field.services", shown.services().stream().map(IncidentUi::label)
                    .collect(Collectors.joining(", ")));
            item(html, "incident.field.publicStatus", IncidentUi.label(shown.publicStatus()));
            item(html, "incident.field.eta", shown.eta() == null ? null : IncidentUi.time(shown.eta()));
            item(html, "incident.field.publicTitle", shown.publicTitle());
            item(html, "incident.field.description", shown.description());
            html.close("dl");
        }
        if (editable) {
            html.button("incident-details-" + (form == null ? EDIT : DONE), form == null ? EDIT : DONE,
                    form == null ? "small" : "small primary", form == null ? VaadinIcon.EDIT : VaadinIcon.CHECK,
                    getTranslation(form == null ? "incident.details.edit" : "incident.details.done"),
                    "aria-expanded", String.valueOf(form != null));
        }
        summary.show(html);
    }

    private void item(Markup html, String labelKey, String value) {
        html.open("div", "class", "details-item").line("dt", null, getTranslation(labelKey))
                .open("dd").text(value == null || value.isBlank() ? "—" : value).close("dd").close("div");
    }

    static LocalDateTime toLocal(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, IncidentUi.zone());
    }

    static Instant toInstant(LocalDateTime local) {
        return local == null ? null : local.atZone(IncidentUi.zone()).toInstant();
    }
}
