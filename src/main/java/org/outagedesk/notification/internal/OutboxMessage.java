package org.outagedesk.notification.internal;

import java.util.List;
import org.outagedesk.notification.Channel;

/**
 * One message to queue: its dedupe key makes queuing it twice a no-op. Mail and chat rows carry
 * their words, rendered for their recipient; an in-portal notice carries what it is ({@code notice},
 * keys, typed arguments, link) and is rendered whenever it is read, and its subject and text are empty.
 */
record OutboxMessage(String dedupeKey, Long updateId, Long incidentId, Long recipientId, String recipient,
        Channel channel, String language, String subject, String text, String html, Notice notice,
        String subjectKey, String textKey, String link, List<NoticeArguments.Stored> arguments) {

    /** What an in-portal notice is, so it can be rendered for its reader. */
    enum Notice {
        /** A status update or resolution summary: its fields are the arguments. */
        UPDATE,
        /** A subject and a text message key with positional arguments. */
        PERSONAL
    }

    /** A message with its words, rendered for its recipient. */
    OutboxMessage(String dedupeKey, Long updateId, Long incidentId, Long recipientId, String recipient,
            Channel channel, String language, String subject, String text, String html) {
        this(dedupeKey, updateId, incidentId, recipientId, recipient, channel, language, subject, text, html, null,
                null, null, null, List.of());
    }

    /** An in-portal notice, rendered when read. */
    static OutboxMessage notice(String dedupeKey, Long updateId, Long incidentId, long recipientId, String recipient,
            String language, Notice notice, String subjectKey, String textKey, String link,
            List<NoticeArguments.Stored> arguments) {
        return new OutboxMessage(dedupeKey, updateId, incidentId, recipientId, recipient, Channel.IN_PORTAL,
                language, "", "", null, notice, subjectKey, textKey, link, arguments);
    }
}
