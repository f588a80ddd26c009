package org.outagedesk.notification;

import java.time.Instant;

/**
 * A message in the signed-in person's notification centre, rendered in the language and time zone
 * it was asked for.
 *
 * @param brief the message in one line without its labelled status (what the outage banner shows)
 * @param link a path in the portal the message points to, or {@code null}
 */
public record PortalNotification(long id, Long incidentId, String subject, String text, String brief, String link,
        Instant createdAt, boolean read) {}
