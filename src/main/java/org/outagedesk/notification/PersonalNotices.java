package org.outagedesk.notification;

/**
 * Sends {@link PersonalNotice}s through the outbox, inside the caller's transaction (the
 * dispatcher delivers e-mail after commit, retrying while the mail server is down). The caller
 * must be allowed to look up accounts (IT staff, managers, or a system job acting as such).
 */
public interface PersonalNotices {

    /** Queues the notice for its recipient; an unknown or disabled account gets nothing. */
    void send(PersonalNotice notice);
}
