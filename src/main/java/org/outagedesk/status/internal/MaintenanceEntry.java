package org.outagedesk.status.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.type.SqlTypes;
import org.outagedesk.base.PlainText;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.UpdateAudience;
import org.outagedesk.status.MaintenanceDraft;
import org.outagedesk.status.MaintenanceException;
import org.outagedesk.status.MaintenanceState;
import org.outagedesk.status.MaintenanceWindow;

/**
 * A maintenance window; guards its own times and texts. Overlap with others is the service's rule.
 * Updates write only the columns that changed, so a change by IT never writes back an older
 * {@code announced} over the announcer's claim.
 */
@Entity
@DynamicUpdate
@Table(name = "maintenance_window")
class MaintenanceEntry {

    static final Duration LONGEST = Duration.ofDays(14);
    static final int MAX_TITLE = 200;
    static final int MAX_DETAILS = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String services;
    private Instant startsAt;
    private Instant endsAt;
    private String titleEs;
    private String titleEn;
    private String detailsEs;
    private String detailsEn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private UpdateAudience audience;

    /** Bookkeeping of the announcer, not a change anyone made: it does not move the version. */
    @OptimisticLock(excluded = true)
    private String announced = "NONE";
    private Instant cancelledAt;
    private String createdBy;
    private Instant createdAt;

    @Version
    private long version;

    protected MaintenanceEntry() {}

    MaintenanceEntry(MaintenanceDraft draft, String createdBy, Instant now) {
        this.createdBy = createdBy;
        this.createdAt = now;
        apply(draft, now);
    }

    void apply(MaintenanceDraft draft, Instant now) {
        if (draft.services() == null || draft.services().isEmpty()) {
            throw new MaintenanceException("status.maintenance.error.services");
        }
        if (draft.startsAt() == null || draft.endsAt() == null) {
            throw new MaintenanceException("status.maintenance.error.times");
        }
        if (!draft.endsAt().isAfter(draft.startsAt())) {
            throw new MaintenanceException("status.maintenance.error.end-before-start");
        }
        if (!draft.endsAt().isAfter(now)) {
            throw new MaintenanceException("status.maintenance.error.in-the-past");
        }
        if (Duration.between(draft.startsAt(), draft.endsAt()).compareTo(LONGEST) > 0) {
            throw new MaintenanceException("status.maintenance.error.too-long", LONGEST.toDays());
        }
        if (blank(draft.titleEs()) && blank(draft.titleEn())) {
            throw new MaintenanceException("status.maintenance.error.title");
        }
        services = MailService.join(draft.services());
        startsAt = draft.startsAt();
        endsAt = draft.endsAt();
        titleEs = line(draft.titleEs());
        titleEn = line(draft.titleEn());
        detailsEs = text(draft.detailsEs());
        detailsEn = text(draft.detailsEn());
        audience = draft.audience() == null ? UpdateAudience.PUBLIC : draft.audience();
    }

    void cancel(Instant now) {
        cancelledAt = now;
    }

    /** Marks {@code phase} as announced; whether it was not announced before. */
    boolean announce(MaintenanceState phase) {
        if (announced.equals(phase.name())) {
            return false;
        }
        announced = phase.name();
        return true;
    }

    /** Whether any phase was announced to people (so a cancellation is worth telling them). */
    boolean announcedBefore() {
        return !"NONE".equals(announced);
    }

    boolean ended(Instant now) {
        return cancelledAt != null || !endsAt.isAfter(now);
    }

    Long id() {
        return id;
    }

    MaintenanceWindow view() {
        return new MaintenanceWindow(id == null ? 0 : id, MailService.parse(services), startsAt, endsAt, titleEs,
                titleEn, detailsEs, detailsEn, audience, cancelledAt != null, createdBy, version);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String line(String text) {
        if (blank(text)) {
            return null;
        }
        if (!PlainText.isSingleLine(text)) {
            throw new MaintenanceException("status.maintenance.error.control-characters");
        }
        if (text.strip().length() > MAX_TITLE) {
            throw new MaintenanceException("status.maintenance.error.title-too-long", MAX_TITLE);
        }
        return text.strip();
    }

    private static String text(String text) {
        if (blank(text)) {
            return null;
        }
        if (!PlainText.isMultiLine(text)) {
            throw new MaintenanceException("status.maintenance.error.control-characters");
        }
        String normalised = PlainText.normaliseNewlines(text).strip();
        if (normalised.length() > MAX_DETAILS) {
            throw new MaintenanceException("status.maintenance.error.details-too-long", MAX_DETAILS);
        }
        return normalised;
    }
}
