package org.outagedesk.notification.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.Instant;
import java.time.ZoneId;
import org.outagedesk.base.ui.BrowserTime;
import org.outagedesk.incident.IncidentException;
import org.outagedesk.notification.NotificationException;

/** Small helpers of the notification screens: times in the browser's zone, refusals as messages. */
final class NotificationUi {

    private NotificationUi() {}

    static ZoneId zone() {
        return BrowserTime.zone();
    }

    static String time(Instant instant) {
        return BrowserTime.format(instant);
    }

    /** The incident's affected services by their public names, in the UI's language. */
    static String services(com.vaadin.flow.component.Component where, org.outagedesk.incident.IncidentDetails incident) {
        return incident.services().stream().map(service -> where.getTranslation("status.service."
                + service.name().toLowerCase(java.util.Locale.ROOT))).collect(java.util.stream.Collectors.joining(", "));
    }

    /** Runs a change; a refusal is shown to the person and answers false. */
    static boolean attempt(Runnable change) {
        UI ui = UI.getCurrent();
        try {
            change.run();
            return true;
        } catch (IncidentException e) {
            show(ui.getTranslation(e.messageKey(), e.arguments()), NotificationVariant.LUMO_ERROR);
        } catch (NotificationException e) {
            show(ui.getTranslation(e.messageKey(), e.arguments()), NotificationVariant.LUMO_ERROR);
        }
        return false;
    }

    static void show(String text, NotificationVariant variant) {
        Notification notification = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
    }
}
