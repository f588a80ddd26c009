package org.outagedesk.status.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.outagedesk.base.SignedInUser;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.PlannedMaintenance;
import org.outagedesk.incident.UpdateAudience;
import org.outagedesk.status.MaintenanceAnnounced;
import org.outagedesk.status.MaintenanceDraft;
import org.outagedesk.status.MaintenanceException;
import org.outagedesk.status.MaintenanceService;
import org.outagedesk.status.MaintenanceState;
import org.outagedesk.status.MaintenanceWindow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the maintenance windows. Two windows may not overlap on the same service (one would hide
 * the other's end). Every change is announced on the status topic so the page, the banner and the
 * mirror follow; the probes ask {@link PlannedMaintenance} before they suggest an incident.
 */
@Service
class MaintenanceServiceImpl implements MaintenanceService, PlannedMaintenance {

    static final String IT = "hasAnyRole('IT_STAFF', 'ADMIN')";
    static final Duration KEPT_ON_LIST = Duration.ofDays(30);

    private final MaintenanceRepository windows;
    private final StatusProperties properties;
    private final Clock clock;
    private final MaintenanceCache cache;
    private final ApplicationEventPublisher events;

    MaintenanceServiceImpl(MaintenanceRepository windows, StatusProperties properties, Clock clock,
            MaintenanceCache cache, ApplicationEventPublisher events) {
        this.events = events;
        this.windows = windows;
        this.properties = properties;
        this.clock = clock;
        this.cache = cache;
    }

    @Override
    @PreAuthorize(IT)
    @Transactional
    public MaintenanceWindow schedule(MaintenanceDraft draft) {
        Instant now = clock.instant();
        MaintenanceEntry entry = new MaintenanceEntry(draft, me(), now);
        refuseOverlap(entry.view(), null);
        MaintenanceWindow saved = windows.save(entry).view();
        changed();
        return saved;
    }

    @Override
    @PreAuthorize(IT)
    @Transactional
    public MaintenanceWindow change(long windowId, long expectedVersion, MaintenanceDraft draft) {
        Instant now = clock.instant();
        MaintenanceEntry entry = open(windowId, expectedVersion, now);
        entry.apply(draft, now);
        refuseOverlap(entry.view(), windowId);
        MaintenanceWindow saved = windows.saveAndFlush(entry).view();
        changed();
        return saved;
    }

    @Override
    @PreAuthorize(IT)
    @Transactional
    public void cancel(long windowId) {
        Instant now = clock.instant();
        MaintenanceEntry entry = windows.findById(windowId)
                .orElseThrow(() -> new MaintenanceException("status.maintenance.error.not-found"));
        if (entry.ended(now)) {
            throw new MaintenanceException("status.maintenance.error.ended");
        }
        entry.cancel(now);
        if (entry.announcedBefore() && entry.announce(MaintenanceState.CANCELLED)) {
            events.publishEvent(new MaintenanceAnnounced(entry.view(), MaintenanceState.CANCELLED));
        }
        changed();
    }

    @Override
    @PreAuthorize(IT)
    @Transactional(readOnly = true)
    public List<MaintenanceWindow> recent() {
        return windows.findByEndsAtAfterOrderByStartsAtAsc(clock.instant().minus(KEPT_ON_LIST)).stream()
                .map(MaintenanceEntry::view).toList();
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public List<MaintenanceWindow> shownToMe() {
        UpdateAudience reader = readerAudience();
        Instant now = clock.instant();
        return cache.current().stream()
                .filter(window -> reader.sees(window.audience()) && window.shown(now, properties.maintenanceNotice()))
                .toList();
    }

    @Override
    public Duration notice() {
        return properties.maintenanceNotice();
    }

    @Override
    public Set<MailService> underMaintenance(Instant at) {
        Set<MailService> services = EnumSet.noneOf(MailService.class);
        for (MaintenanceWindow window : cache.current()) {
            for (MailService service : window.services()) {
                if (window.covers(service, at)) {
                    services.add(service);
                }
            }
        }
        return services;
    }

    private MaintenanceEntry open(long windowId, long expectedVersion, Instant now) {
        MaintenanceEntry entry = windows.findById(windowId)
                .orElseThrow(() -> new MaintenanceException("status.maintenance.error.not-found"));
        if (entry.view().version() != expectedVersion) {
            throw new MaintenanceException("status.maintenance.error.changed-meanwhile");
        }
        if (entry.ended(now)) {
            throw new MaintenanceException("status.maintenance.error.ended");
        }
        return entry;
    }

    private void refuseOverlap(MaintenanceWindow candidate, Long self) {
        for (MaintenanceEntry other : windows.findByEndsAtAfterOrderByStartsAtAsc(candidate.startsAt())) {
            MaintenanceWindow window = other.view();
            boolean shares = window.services().stream().anyMatch(candidate.services()::contains);
            if (!window.cancelled() && !other.id().equals(self) && shares
                    && window.startsAt().isBefore(candidate.endsAt())) {
                throw new MaintenanceException("status.maintenance.error.overlap",
                        window.title(BundleI18NProvider.SPANISH), window.title(BundleI18NProvider.ENGLISH));
            }
        }
    }

    private void changed() {
        cache.changedAfterCommit();
    }

    private static String me() {
        return SignedInUser.current().map(SignedInUser::displayName)
                .orElseThrow(() -> new IllegalStateException("No signed-in person"));
    }

    /** The audience a signed-in person reads: IT everything, managers management and public, others public. */
    static UpdateAudience readerAudience() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        List<String> roles = authentication == null ? List.of()
                : authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        if (roles.contains("ROLE_IT_STAFF") || roles.contains("ROLE_ADMIN")) {
            return UpdateAudience.INTERNAL;
        }
        return roles.contains("ROLE_MANAGER") ? UpdateAudience.MANAGEMENT : UpdateAudience.PUBLIC;
    }
}
