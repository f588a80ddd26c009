package org.outagedesk.status.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.outagedesk.incident.PublicIncident;
import org.outagedesk.incident.StatusUpdateService;
import org.outagedesk.incident.UpdateAudience;
import org.outagedesk.probe.ProbeHistory;
import org.outagedesk.status.MaintenanceWindow;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads what the status documents show, once per rebuild: incidents, public maintenance, probe history. */
@Component
class StatusSources {

    private final StatusUpdateService updates;
    private final MaintenanceRepository windows;
    private final ProbeHistory probes;
    private final StatusProperties properties;
    private final StatusRenderer renderer;

    StatusSources(StatusUpdateService updates, MaintenanceRepository windows, ProbeHistory probes,
            StatusProperties properties, StatusRenderer renderer) {
        this.updates = updates;
        this.windows = windows;
        this.probes = probes;
        this.properties = properties;
        this.renderer = renderer;
    }

    /** {@code now} to the millisecond: a service probed for the first time a moment ago already has data. */
    @Transactional(readOnly = true)
    StatusView read(Instant now) {
        ZonedDateTime local = now.atZone(renderer.zone());
        Instant historyStart = local.toLocalDate().withDayOfMonth(1).minusMonths(properties.historyMonths() - 1L)
                .atStartOfDay(renderer.zone()).toInstant();
        Instant uptimeStart = local.toLocalDate().minusDays(StatusRenderer.UPTIME_DAYS)
                .atStartOfDay(renderer.zone()).toInstant();
        Instant since = historyStart.isBefore(uptimeStart) ? historyStart : uptimeStart;
        List<PublicIncident> all = updates.publicIncidents(since);
        Instant recent = now.minus(Duration.ofDays(properties.resolvedDays()));
        List<PublicIncident> shown = all.stream()
                .filter(incident -> incident.open() || incident.resolvedAt().isAfter(recent)).toList();
        List<PublicIncident> past = all.stream()
                .filter(incident -> !incident.open() && !incident.startedAt().isBefore(historyStart)).toList();
        List<MaintenanceWindow> maintenance = windows.findByEndsAtAfterOrderByStartsAtAsc(uptimeStart).stream()
                .map(MaintenanceEntry::view)
                .filter(window -> !window.cancelled() && window.audience() == UpdateAudience.PUBLIC).toList();
        var uptime = UptimeHistory.compute(StatusRenderer.UPTIME_DAYS, now, renderer.zone(), all,
                probes.failingSince(uptimeStart), maintenance, probes.probedSince());
        return new StatusView(now.truncatedTo(ChronoUnit.SECONDS), shown, past, maintenance, uptime,
                properties.maintenanceNotice());
    }
}
