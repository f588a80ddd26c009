package org.outagedesk.status;

import java.time.Instant;
import java.util.Set;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.UpdateAudience;

/** What IT fills in to schedule or change a maintenance window. */
public record MaintenanceDraft(Set<MailService> services, Instant startsAt, Instant endsAt, String titleEs,
        String titleEn, String detailsEs, String detailsEn, UpdateAudience audience) {}
