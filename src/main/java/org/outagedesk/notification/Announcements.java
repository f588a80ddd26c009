package org.outagedesk.notification;

/**
 * Tells an audience, inside the caller's transaction: each person as they chose (e-mail,
 * in-portal, in their language and zone) and the chat webhooks of that audience. The caller must
 * be allowed to look up accounts (IT staff, or a system job acting as such).
 */
public interface Announcements {

    void announce(Announcement announcement);
}
