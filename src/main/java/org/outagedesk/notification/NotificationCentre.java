package org.outagedesk.notification;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The signed-in person's in-portal notifications: list, unread count, banner. Notifications are
 * kept as what they are (an update, a message key with arguments) and rendered in the language and
 * zone the caller reads in (a page: its UI's language and {@code BrowserTime.zone()}).
 */
public interface NotificationCentre {

    /** Live topic on which a person's new notifications are announced (payload: the count of new ones). */
    static String topic(long accountId) {
        return "notifications:" + accountId;
    }

    /** The latest notifications, newest first. */
    List<PortalNotification> mine(int limit, Locale language, ZoneId zone);

    long unreadCount();

    void markAllRead();

    /** The newest notification about a still open incident, for the banner on every page. */
    Optional<PortalNotification> banner(Locale language, ZoneId zone);
}
