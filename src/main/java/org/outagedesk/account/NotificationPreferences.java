package org.outagedesk.account;

/**
 * How a person wants to hear about outages.
 *
 * @param byEmail e-mail copies of updates (queued while the mail server is down)
 * @param inPortal banner and notification centre in the portal
 * @param allPublicUpdates every public update, not only those of incidents the person reported or follows
 */
public record NotificationPreferences(boolean byEmail, boolean inPortal, boolean allPublicUpdates) {

    public static NotificationPreferences defaults() {
        return new NotificationPreferences(true, true, false);
    }
}
