package org.outagedesk.notification;

import java.util.List;
import java.util.Optional;

/** The signed-in person's in-portal notifications: list, unread count, banner. */
public interface NotificationCentre {

    /** Live topic on which a person's new notifications are announced (payload: the count of new ones). */
    static String topic(long accountId) {
        return "notifications:" + accountId;
    }

    /** The latest notifications, newest first. */
    List<PortalNotification> mine(int limit);

    long unreadCount();

    void markAllRead();

    /** The newest notification about a still open incident, for the banner on every page. */
    Optional<PortalNotification> banner();
}
