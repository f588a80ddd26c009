package org.outagedesk.notification;

/**
 * The signed-in person's own incident subscriptions ("follow this incident"). Every method
 * acts for the person signed in and no one else: there is no way to name another account.
 * Followers receive the incident's public updates and its resolution summary on the channels
 * they chose, like the people who reported or joined it.
 */
public interface Subscriptions {

    /** Whether the signed-in person follows the incident. */
    boolean following(long incidentId);

    /**
     * Follows an open incident; following it again changes nothing.
     *
     * @throws NotificationException {@code notification.follow.not-found} when there is no open
     *         incident with that id (end users may only follow what they can see)
     */
    void follow(long incidentId);

    /** Stops following; nothing happens if the person did not follow it. */
    void unfollow(long incidentId);
}
