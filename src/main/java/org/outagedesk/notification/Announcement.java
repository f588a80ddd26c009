package org.outagedesk.notification;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.outagedesk.incident.UpdateAudience;

/**
 * Something to tell an audience that concerns no incident (planned maintenance), on the channels of
 * status updates. Subject and text are message keys; the arguments are made for each reader's
 * language (what IT typed in two languages is chosen there) and follow {@link PersonalNotice}'s
 * rules. Announcing the same {@code key} twice sends it once.
 *
 * @param link a path in the portal (e.g. {@code /status#maintenance-3}); mail puts the public base URL before it
 */
public record Announcement(String key, UpdateAudience audience, String subjectKey, String textKey,
        Function<Locale, List<?>> arguments, String link) {}
