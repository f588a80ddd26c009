package org.outagedesk.notification.internal;

import org.outagedesk.notification.Channel;

/** One message to queue: its dedupe key makes queuing it twice a no-op. */
record OutboxMessage(String dedupeKey, Long updateId, Long incidentId, Long recipientId, String recipient,
        Channel channel, String language, String subject, String text, String html) {}
