package org.outagedesk.status.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.PublicIncident;
import org.outagedesk.incident.StatusUpdate;
import org.outagedesk.status.MaintenanceWindow;
import org.outagedesk.status.internal.StatusDocument.ByLanguage;
import org.outagedesk.status.internal.UptimeHistory.ServiceHistory;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/status} as a {@link StatusDocument}: the services' state, open and resolved
 * incidents, and the uptime history, the maintenance windows and the past incidents of the history's
 * months.
 */
final class StatusJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StatusJson() {}

    static String of(StatusView view) {
        Set<MailService> affected = StatusRenderer.affected(view.open());
        Set<MailService> planned = StatusRenderer.underMaintenance(view);
        Map<String, String> services = new LinkedHashMap<>();
        for (MailService service : MailService.values()) {
            services.put(code(service), affected.contains(service) ? "affected"
                    : planned.contains(service) ? "maintenance" : "operational");
        }
        Map<String, StatusDocument.ServiceUptime> uptime = new LinkedHashMap<>();
        view.uptime().forEach((service, history) -> uptime.put(code(service), uptime(history)));
        return JSON.writeValueAsString(new StatusDocument(view.at().toString(),
                !affected.isEmpty() ? "degraded" : !planned.isEmpty() ? "maintenance" : "operational", services,
                view.open().stream().map(StatusJson::incident).toList(),
                view.resolved().stream().map(StatusJson::incident).toList(), uptime,
                view.maintenance().stream().map(window -> maintenance(window, view.at())).toList(),
                view.past().stream().map(StatusJson::past).toList()));
    }

    private static StatusDocument.ServiceUptime uptime(ServiceHistory history) {
        return new StatusDocument.ServiceUptime(history.uptime30(), history.uptime90(), history.days().stream()
                .map(day -> new StatusDocument.Day(day.date().toString(), day.uptimePercent(), day.worst().code(),
                        day.incidents(), day.probeFailureMinutes(), day.maintenanceMinutes()))
                .toList());
    }

    private static StatusDocument.Maintenance maintenance(MaintenanceWindow window, Instant at) {
        return new StatusDocument.Maintenance(window.id(),
                window.services().stream().map(StatusJson::code).sorted().toList(), window.startsAt().toString(),
                window.endsAt().toString(), window.state(at).name().toLowerCase(Locale.ROOT).replace('_', '-'),
                new ByLanguage(window.title(BundleI18NProvider.SPANISH), window.title(BundleI18NProvider.ENGLISH)),
                new ByLanguage(window.details(BundleI18NProvider.SPANISH),
                        window.details(BundleI18NProvider.ENGLISH)));
    }

    private static StatusDocument.PastIncident past(PublicIncident incident) {
        return new StatusDocument.PastIncident(incident.reference(), incident.title(), services(incident),
                str(incident.startedAt()), str(incident.resolvedAt()), resolution(incident));
    }

    private static StatusDocument.Incident incident(PublicIncident incident) {
        return new StatusDocument.Incident(incident.reference(), incident.title(), incident.status().publicName(),
                services(incident), str(incident.startedAt()), str(incident.eta()), str(incident.resolvedAt()),
                incident.updates().stream().map(update -> new StatusDocument.Update(str(update.postedAt()),
                        update.status().publicName(), update.message(), str(update.eta()), update.workaround()))
                        .toList(),
                resolution(incident));
    }

    private static StatusDocument.Resolution resolution(PublicIncident incident) {
        StatusUpdate summary = incident.summary();
        return summary == null ? null : new StatusDocument.Resolution(summary.message(), summary.cause(),
                summary.prevention(), summary.postedAt().toString());
    }

    private static List<String> services(PublicIncident incident) {
        return incident.services().stream().map(StatusJson::code).sorted().toList();
    }

    private static String code(MailService service) {
        return service.name().toLowerCase(Locale.ROOT);
    }

    private static String str(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
