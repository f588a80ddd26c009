package org.outagedesk.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A message to one person, on the channels they chose (e-mail, in-portal), in their language and
 * time zone. Subject and text are message keys; the arguments are typed and turned into words for
 * the reader: a {@code String} as written, a {@code Number}, an {@code Instant} (a time, in the
 * reader's zone; mail names the zone), a {@code LocalDate} (a day) or a {@link NoticeLabel}. The
 * in-portal notice keeps keys and arguments and is rendered whenever it is read; the e-mail is
 * rendered for its recipient when queued. Queuing the same {@code dedupeKey} twice sends it once.
 *
 * @param link a path in the portal the message points to (e.g. {@code /incidents/5/review}), or
 *        {@code null}; mail puts the configured public base URL ({@code outagedesk.base-url}) before it
 */
public record PersonalNotice(String dedupeKey, long accountId, String subjectKey, String textKey,
        List<?> arguments, String link) {

    public PersonalNotice {
        arguments = List.copyOf(arguments);
        for (Object argument : arguments) {
            if (!(argument instanceof String || argument instanceof Number || argument instanceof Instant
                    || argument instanceof LocalDate || argument instanceof NoticeLabel)) {
                throw new IllegalArgumentException("A notice argument must be text, a number, an instant, a day or"
                        + " a label, not " + argument.getClass().getSimpleName());
            }
        }
    }
}
