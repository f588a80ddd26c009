package org.outagedesk.status.internal;

import java.util.List;
import java.util.Locale;
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
    private final StatusRenderer renderer;

    MaintenanceAnnouncements(Announcements announcements, StatusRenderer renderer) {
        this.announcements = announcements;
        this.renderer = renderer;
    }

    @EventListener
    void on(MaintenanceAnnounced announced) {
        MaintenanceWindow window = announced.window();
        String phase = announced.phase().name().toLowerCase(Locale.ROOT);
        announcements.announce(new Announcement("maintenance:" + window.id() + ":" + phase, window.audience(),
                "notification.maintenance.subject", "notification.maintenance.text",
                language -> List.of(new NoticeLabel("status.maintenance.state." + phase), window.title(language),
                        window.startsAt(), window.endsAt(), renderer.serviceNames(window.services(), language),
                        window.details(language)),
                "/status#maintenance-" + window.id()));
    }
}
