package org.outagedesk.notification.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.outagedesk.base.ui.Markup;
import org.outagedesk.base.ui.MarkupBlock;
import org.outagedesk.incident.IncidentChanged;
import org.outagedesk.incident.IncidentDetails;
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
    private static final String WRITE = "write";

    private static final String RETRY = "retry-";

    private final Div formArea = new Div();
    private StatusUpdateForm form;
    // The updates and their delivery counts are only read (a retry is a button): one block draws them.
    private final MarkupBlock list = new MarkupBlock("update-list");
    private final Map<StatusUpdate, DeliverySummary> shown = new LinkedHashMap<>();

    StatusUpdatesPanel(long incidentId, IncidentService incidents, StatusUpdateService updates, Deliveries deliveries,
            LiveBus bus, boolean staff) {
        this.incidentId = incidentId;
        this.incidents = incidents;
        this.updates = updates;
        this.deliveries = deliveries;
        this.staff = staff;
        setId("status-updates");
        addClassNames("od-panel", "status-updates-panel");
        MarkupBlock heading = new MarkupBlock("status-updates-heading");
        heading.show(new Markup().line("h3", null, getTranslation("notification.updates.title")));
        list.setId("update-list");
        list.onAction(this::retry);
        add(heading, formArea, list);
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
            if (staff && posted.stream().noneMatch(StatusUpdate::summary)) {
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
        MarkupBlock opener = new MarkupBlock("status-update-opener");
        opener.show(new Markup().button("update-new", WRITE, "primary", VaadinIcon.MEGAPHONE,
                getTranslation("notification.updates.write")));
        opener.onAction(action -> openForm());
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
            shown.replaceAll((update, summary) -> deliveries.of(update.id()));
            list.show(this::drawList);
        } catch (AccessDeniedException noLongerAllowed) {
            // keep the counts last shown
        }
    }

    private void showList(List<StatusUpdate> posted) {
        shown.clear();
        posted.forEach(update -> shown.put(update, deliveries.of(update.id())));
        list.show(this::drawList);
    }

    private Markup drawList() {
        Markup html = new Markup();
        if (shown.isEmpty()) {
            return html.line("p", null, getTranslation("notification.updates.none"));
        }
        shown.forEach((update, summary) -> item(html, update, summary));
        return html;
    }

    private void item(Markup html, StatusUpdate update, DeliverySummary summary) {
        html.open("div", "class", "status-update", "data-update-id", String.valueOf(update.id()));
        String what = update.summary() ? getTranslation("notification.updates.summary")
                : getTranslation("notification.status." + update.status().publicName());
        html.line("span", "status-update-meta", getTranslation("notification.updates.by",
                NotificationUi.time(update.postedAt()),
                getTranslation("notification.audience." + update.audience().name().toLowerCase(Locale.ROOT)), what)
                + " · " + update.postedByName());
        html.line("p", null, update.message());
        if (update.summary()) {
            html.line("p", null, getTranslation("notification.updates.cause") + ": " + update.cause())
                    .line("p", null, getTranslation("notification.updates.prevention") + ": " + update.prevention());
        }
        if (update.eta() != null) {
            html.line("p", null, getTranslation("notification.updates.eta") + ": " + NotificationUi.time(update.eta()));
        }
        if (update.workaround() != null) {
            html.line("p", null, getTranslation("notification.updates.workaround") + ": " + update.workaround());
        }
        html.open("div", "class", "delivery-line").line("span", "delivery-counts", getTranslation(
                "notification.updates.delivery", summary.count(DeliveryStatus.SENT), summary.waiting(),
                summary.count(DeliveryStatus.FAILED)));
        if (summary.lastError() != null && (summary.waiting() > 0 || summary.count(DeliveryStatus.FAILED) > 0)) {
            html.line("span", "delivery-error", summary.lastError());
        }
        if (staff && summary.count(DeliveryStatus.FAILED) > 0) {
            html.button("delivery-retry-" + update.id(), RETRY + update.id(), "small", null,
                    getTranslation("notification.updates.retry"), "class", "delivery-retry");
        }
        html.close("div").close("div");
    }

    private void retry(String action) {
        if (!staff || !action.startsWith(RETRY) || !action.substring(RETRY.length()).matches("\\d{1,18}")) {
            return;
        }
        long updateId = Long.parseLong(action.substring(RETRY.length()));
        if (shown.keySet().stream().noneMatch(update -> update.id() == updateId)) {
            return;
        }
        int queued = deliveries.retryFailed(updateId);
        NotificationUi.show(getTranslation("notification.updates.retried", queued), NotificationVariant.LUMO_SUCCESS);
        showList(updates.updates(incidentId));
    }
}
