package org.outagedesk.notification.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.outagedesk.incident.IncidentException;
import org.outagedesk.notification.NotificationException;

/** Small helpers of the notification screens: times in the browser's zone, refusals as messages. */
final class NotificationUi {

    private NotificationUi() {}

    static ZoneId zone() {
        UI ui = UI.getCurrent();
        ExtendedClientDetails details = ui == null ? null : ui.getPage().getExtendedClientDetails();
        try {
            return details == null || details.getTimeZoneId() == null ? ZoneId.of("UTC")
                    : ZoneId.of(details.getTimeZoneId());
        } catch (RuntimeException e) {
            return ZoneId.of("UTC");
        }
    }

    static String time(Instant instant) {
        return instant == null ? "—" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(UI.getCurrent().getLocale()).withZone(zone()).format(instant);
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
