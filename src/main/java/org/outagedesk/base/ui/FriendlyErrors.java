package org.outagedesk.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What people see when a click fails unexpectedly: a notification in their language instead of
 * nothing (Vaadin's default in production) or a stack trace. A database out of reach gets its own
 * message ("try again in a minute"); anything else is logged with a short reference people can
 * quote to IT. The page stays as it was, so nothing typed is lost.
 */
@Component
class FriendlyErrors implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(FriendlyErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(FriendlyErrors::show));
    }

    private static void show(ErrorEvent event) {
        UI ui = event.getComponent().flatMap(c -> c.getUI()).orElse(UI.getCurrent());
        if (ui == null) {
            log.error("Failure outside any page", event.getThrowable());
            return;
        }
        String message = FailureMessage.of(event.getThrowable(), ui);
        ui.access(() -> {
            Notification notification = new Notification(message, 8000, Notification.Position.BOTTOM_CENTER);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            notification.setId("error-notification");
            notification.open();
        });
    }
}
