package org.outagedesk.notification;

import java.time.Instant;

/** A message in the signed-in person's notification centre. */
public record PortalNotification(long id, Long incidentId, String subject, String text, Instant createdAt,
        boolean read) {}
