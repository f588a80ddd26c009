package org.outagedesk.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.UpdateAudience;

/**
 * A planned maintenance window. Titles and details are as IT typed them, in Spanish and English;
 * a language left empty falls back to the other.
 *
 * @param audience who is told: the public status page and everyone ({@code PUBLIC}), or only
 *     management and IT, or only IT, in the portal
 */
public record MaintenanceWindow(long id, Set<MailService> services, Instant startsAt, Instant endsAt, String titleEs,
        String titleEn, String detailsEs, String detailsEn, UpdateAudience audience, boolean cancelled,
        String createdBy, long version) {

    public MaintenanceState state(Instant now) {
        if (cancelled) {
            return MaintenanceState.CANCELLED;
        }
        if (now.isBefore(startsAt)) {
            return MaintenanceState.SCHEDULED;
        }
        return now.isBefore(endsAt) ? MaintenanceState.IN_PROGRESS : MaintenanceState.COMPLETED;
    }

    /** Whether it is shown at {@code now}: in progress, or starting within {@code notice}. */
    public boolean shown(Instant now, Duration notice) {
        MaintenanceState state = state(now);
        return state == MaintenanceState.IN_PROGRESS
                || state == MaintenanceState.SCHEDULED && !now.isBefore(startsAt.minus(notice));
    }

    public boolean covers(MailService service, Instant at) {
        return !cancelled && services.contains(service) && !at.isBefore(startsAt) && at.isBefore(endsAt);
    }

    public String title(Locale language) {
        return inLanguage(language, titleEs, titleEn);
    }

    public String details(Locale language) {
        return inLanguage(language, detailsEs, detailsEn);
    }

    private static String inLanguage(Locale language, String spanish, String english) {
        String wanted = "es".equals(language.getLanguage()) ? spanish : english;
        String other = "es".equals(language.getLanguage()) ? english : spanish;
        return wanted != null && !wanted.isBlank() ? wanted : other == null ? "" : other;
    }
}
