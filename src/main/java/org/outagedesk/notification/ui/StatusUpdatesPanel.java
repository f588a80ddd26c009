package org.outagedesk.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.virtuallist.VirtualList;
import java.util.List;
import java.util.Locale;
import org.outagedesk.base.ui.VirtualLists;
import org.outagedesk.incident.IncidentChanged;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentState;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.IncidentTopics;
import org.outagedesk.incident.StatusUpdate;
import org.outagedesk.incident.StatusUpdateService;
import org.outagedesk.live.LiveBus;
import org.outagedesk.live.ui.LiveSubscription;
import org.outagedesk.notification.Deliveries;
import org.outagedesk.notification.DeliveryStatus;
import org.outagedesk.notification.DeliverySummary;
import org.springframework.security.access.AccessDeniedException;

/**
 * Status updates on the incident page: the form (IT staff), the resolution summary once the
 * incident is resolved, and every update with its delivery status (live while the dispatcher
 * works) and a retry of failures.
 */
@StyleSheet("styles/notification.css")
class StatusUpdatesPanel extends Div {

    private final long incidentId;
    private final IncidentService incidents;
    private final StatusUpdateService updates;
    private final Deliveries deliveries;
    private final boolean staff;
    private final Div formArea = new Div();
    private StatusUpdateForm form;
    // The updates and their delivery counts: the template reaches the browser once, then only item data.
    private final VirtualList<Shown> list = new VirtualList<>();
    private final Paragraph none = new Paragraph();
    private List<Shown> shown = List.of();

    /** An update as shown, with the delivery counts last read. */
    record Shown(StatusUpdate update, DeliverySummary summary) {}

    StatusUpdatesPanel(long incidentId, IncidentService incidents, StatusUpdateService updates, Deliveries deliveries,
            LiveBus bus, boolean staff) {
        this.incidentId = incidentId;
        this.incidents = incidents;
        this.updates = updates;
        this.deliveries = deliveries;
        this.staff = staff;
        setId("status-updates");
        addClassNames("od-panel", "status-updates-panel");
        H3 heading = new H3(getTranslation("notification.updates.title"));
        heading.addClassName("status-updates-heading");
        list.setId("update-list");
        list.addClassName("update-list");
        list.setRenderer(UpdateRows.renderer(this, staff, this::retry));
        none.setText(getTranslation("notification.updates.none"));
        none.setId("update-list-none");
        add(heading, formArea, list, none);
        // A checklist step changes neither the updates nor what may be posted: the form someone may be typing in stays.
        LiveSubscription.bind(this, bus, IncidentTopics.incident(incidentId), payload -> {
            if (!IncidentChanged.checklistStep(payload)) {
                refresh();
            }
        });
        // The dispatcher's progress, coalesced: only the delivery lines are re-read.
        LiveSubscription.bind(this, bus, Deliveries.topic(incidentId), payload -> refreshDeliveries());
        refresh();
    }

    void refresh() {
        IncidentDetails incident = incidents.find(incidentId).orElse(null);
        if (incident == null) {
            return;
        }
        List<StatusUpdate> posted = updates.updates(incidentId);
        if (staff && incident.open()) {
            // A form someone opened stays as it is, with what they typed, whatever else changes.
            if (form == null) {
                showOpener();
            }
        } else {
            form = null;
            formArea.removeAll();
            // The resolution summary is written once the incident is resolved; a closed incident's page only reads.
            if (staff && incident.state() == IncidentState.RESOLVED
                    && posted.stream().noneMatch(StatusUpdate::summary)) {
                formArea.add(new ResolutionSummaryForm(incident, summary -> NotificationUi.attempt(() -> {
                    updates.publishSummary(incidentId, summary);
                    NotificationUi.show(getTranslation("notification.updates.summary-published"),
                            NotificationVariant.LUMO_SUCCESS);
                    refresh();
                })));
            }
        }
        showList(posted);
    }

    /** Until someone writes an update, one button stands for the form (built when pressed, prefilled then). */
    private void showOpener() {
        formArea.removeAll();
        Button opener = new Button(getTranslation("notification.updates.write"), VaadinIcon.MEGAPHONE.create(),
                click -> openForm());
        opener.setId("update-new");
        opener.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        formArea.add(opener);
    }

    private void openForm() {
        IncidentDetails incident = incidents.find(incidentId).orElse(null);
        if (incident == null || !incident.open()) {
            refresh();
            return;
        }
        formArea.removeAll();
        form = new StatusUpdateForm(incident, update -> NotificationUi.attempt(() -> {
            updates.post(incidentId, update);
            NotificationUi.show(getTranslation("notification.updates.sent",
                    getTranslation("notification.audience." + update.audience().name().toLowerCase(Locale.ROOT))),
                    NotificationVariant.LUMO_SUCCESS);
            showList(updates.updates(incidentId));
        }), () -> {
            form = null;
            showOpener();
        });
        formArea.add(form);
        form.message.focus();
    }

    /**
     * Re-reads the delivery counts of the updates shown, leaving everything else as it is. A push
     * that arrives after the person lost the right to read them (signed out, role removed) changes nothing.
     */
    void refreshDeliveries() {
        try {
            show(shown.stream().map(row -> new Shown(row.update(), deliveries.of(row.update().id()))).toList());
        } catch (AccessDeniedException noLongerAllowed) {
            // keep the counts last shown
        }
    }

    private void showList(List<StatusUpdate> posted) {
        show(posted.stream().map(update -> new Shown(update, deliveries.of(update.id()))).toList());
    }

    private void show(List<Shown> rows) {
        shown = rows;
        list.setItems(rows);
        // A few updates take only the room they need; from four on the list scrolls within its height.
        list.getStyle().set("--shown-updates", String.valueOf(rows.size()));
        VirtualLists.shown(list, !rows.isEmpty());
        none.setVisible(rows.isEmpty());
    }

    /** Sends the failed messages of an update shown again; the renderer hands over only updates it shows. */
    private void retry(Shown row) {
        if (!staff || row.summary().count(DeliveryStatus.FAILED) == 0) {
            return;
        }
        int queued = deliveries.retryFailed(row.update().id());
        NotificationUi.show(getTranslation("notification.updates.retried", queued), NotificationVariant.LUMO_SUCCESS);
        showList(updates.updates(incidentId));
    }
}
