package org.outagedesk.probe.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.Instant;
import org.outagedesk.base.ui.BrowserTime;
import org.outagedesk.probe.MailEndpoint;
import org.outagedesk.probe.ProbeException;
import org.outagedesk.base.ui.Texts;

/** Small helpers the probe screens share: labels, times, notifications, refusals. */
final class ProbeUi {

    private ProbeUi() {}

    static String label(Enum<?> value) {
        String prefix = value instanceof org.outagedesk.incident.MailService ? "incident.service." : "probe.enum.";
        return Texts.t(prefix + value.name());
    }

    static String where(MailEndpoint endpoint) {
        return label(endpoint.protocol()) + " · " + endpoint.host() + ":" + endpoint.port() + " · "
                + label(endpoint.tls());
    }

    static String time(Instant instant) {
        return BrowserTime.format(instant);
    }

    static void success(String text) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static void problem(String text) {
        Notification.show(text, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Runs a change; a refusal is shown in the person's language. Returns whether it went through. */
    static boolean attempt(Runnable change) {
        try {
            change.run();
            return true;
        } catch (ProbeException e) {
            problem(Texts.t(e.messageKey(), e.arguments()));
            return false;
        }
    }
}
