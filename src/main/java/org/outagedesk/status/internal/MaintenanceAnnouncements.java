package org.outagedesk.status.internal;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.notification.Announcement;
import org.outagedesk.notification.Announcements;
import org.outagedesk.notification.NoticeLabel;
import org.outagedesk.status.MaintenanceAnnounced;
import org.outagedesk.status.MaintenanceWindow;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Turns each announced maintenance phase into an announcement to the window's audience. */
@Component
class MaintenanceAnnouncements {

    private final Announcements announcements;
    private final BundleI18NProvider i18n;

    MaintenanceAnnouncements(Announcements announcements, BundleI18NProvider i18n) {
        this.announcements = announcements;
        this.i18n = i18n;
    }

    @EventListener
    void on(MaintenanceAnnounced announced) {
        MaintenanceWindow window = announced.window();
        String phase = announced.phase().name().toLowerCase(Locale.ROOT);
        announcements.announce(new Announcement("maintenance:" + window.id() + ":" + phase, window.audience(),
                "notification.maintenance.subject", "notification.maintenance.text",
                language -> List.of(new NoticeLabel("status.maintenance.state." + phase), window.title(language),
                        window.startsAt(), window.endsAt(), services(window, language), window.details(language)),
                "/status#maintenance-" + window.id()));
    }

    private String services(MaintenanceWindow window, Locale language) {
        return window.services().stream().sorted()
                .map(service -> i18n.getTranslation("status.service." + service.name().toLowerCase(Locale.ROOT),
                        language))
                .collect(Collectors.joining(", "));
    }
}
