package org.outagedesk.notification;

import java.util.List;

/**
 * A message to one person, in their language and on the channels they chose (e-mail, in-portal).
 * Subject and text are message keys rendered in the recipient's language with {@code arguments};
 * queuing the same {@code dedupeKey} twice sends it once.
 *
 * @param link an address in the portal the message points to, or {@code null}
 */
public record PersonalNotice(String dedupeKey, long accountId, String subjectKey, String textKey,
        List<String> arguments, String link) {}
