package org.outagedesk.status.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.outagedesk.base.ui.BrowserTime;
import org.outagedesk.base.ui.Texts;
import org.outagedesk.status.MaintenanceException;
import org.outagedesk.status.MaintenanceState;
import org.outagedesk.status.MaintenanceWindow;

/** Words and notifications shared by the maintenance screens. */
final class MaintenanceUi {

    private MaintenanceUi() {}

    static String state(MaintenanceState state) {
        return Texts.t("status.maintenance.state." + state.name().toLowerCase(Locale.ROOT));
    }

    static String services(MaintenanceWindow window) {
        return window.services().stream().sorted()
                .map(service -> Texts.t("status.service." + service.name().toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining(", "));
    }

    /** "From 8 Dec 2026, 22:00 to 9 Dec 2026, 01:00" in the reader's zone. */
    static String when(MaintenanceWindow window) {
        return Texts.t("status.maintenance.when", BrowserTime.format(window.startsAt()),
                BrowserTime.format(window.endsAt()));
    }

    static void success(String text) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** Runs a change; a refusal is shown in the person's language and null returned. */
    static <T> T attempt(Supplier<T> change) {
        try {
            return change.get();
        } catch (MaintenanceException e) {
            Notification.show(Texts.t(e.messageKey(), e.arguments()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return null;
        }
    }
}
