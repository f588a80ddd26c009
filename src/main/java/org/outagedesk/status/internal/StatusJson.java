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
import org.outagedesk.status.internal.UptimeHistory.ServiceHistory;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/status}: the services' state, open and resolved incidents (as before), and the
 * uptime history, the maintenance windows and the past incidents of the history's months.
 */
final class StatusJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StatusJson() {}

    static String of(StatusView view) {
        Set<MailService> affected = StatusRenderer.affected(view.open());
        Set<MailService> planned = StatusRenderer.underMaintenance(view);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("generatedAt", view.at().toString());
        root.put("overall", !affected.isEmpty() ? "degraded" : !planned.isEmpty() ? "maintenance" : "operational");
        Map<String, String> services = new LinkedHashMap<>();
        for (MailService service : MailService.values()) {
            services.put(code(service), affected.contains(service) ? "affected"
                    : planned.contains(service) ? "maintenance" : "operational");
        }
        root.put("services", services);
        root.put("openIncidents", view.open().stream().map(StatusJson::incident).toList());
        root.put("resolvedIncidents", view.resolved().stream().map(StatusJson::incident).toList());
        root.put("uptime", uptime(view.uptime()));
        root.put("maintenance", view.maintenance().stream().map(window -> maintenance(window, view.at())).toList());
        root.put("pastIncidents", view.past().stream().map(StatusJson::past).toList());
        return JSON.writeValueAsString(root);
    }

    private static Map<String, Object> uptime(Map<MailService, ServiceHistory> histories) {
        Map<String, Object> out = new LinkedHashMap<>();
        histories.forEach((service, history) -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("uptime30Percent", history.uptime30());
            item.put("uptime90Percent", history.uptime90());
            item.put("days", history.days().stream().map(day -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("date", day.date().toString());
                entry.put("uptimePercent", day.uptimePercent());
                entry.put("worstState", day.worst().code());
                entry.put("incidents", day.incidents());
                entry.put("probeFailureMinutes", day.probeFailureMinutes());
                entry.put("maintenanceMinutes", day.maintenanceMinutes());
                return entry;
            }).toList());
            out.put(code(service), item);
        });
        return out;
    }

    private static Map<String, Object> maintenance(MaintenanceWindow window, Instant at) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", window.id());
        out.put("services", window.services().stream().map(StatusJson::code).sorted().toList());
        out.put("startsAt", window.startsAt().toString());
        out.put("endsAt", window.endsAt().toString());
        out.put("state", window.state(at).name().toLowerCase(Locale.ROOT).replace('_', '-'));
        out.put("title", Map.of("es", window.title(BundleI18NProvider.SPANISH),
                "en", window.title(BundleI18NProvider.ENGLISH)));
        out.put("details", Map.of("es", window.details(BundleI18NProvider.SPANISH),
                "en", window.details(BundleI18NProvider.ENGLISH)));
        return out;
    }

    private static Map<String, Object> past(PublicIncident incident) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("reference", incident.reference());
        out.put("title", incident.title());
        out.put("services", services(incident));
        out.put("startedAt", str(incident.startedAt()));
        out.put("resolvedAt", str(incident.resolvedAt()));
        resolution(incident, out);
        return out;
    }

    private static Map<String, Object> incident(PublicIncident incident) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("reference", incident.reference());
        out.put("title", incident.title());
        out.put("status", incident.status().publicName());
        out.put("services", services(incident));
        out.put("startedAt", str(incident.startedAt()));
        out.put("eta", str(incident.eta()));
        out.put("resolvedAt", str(incident.resolvedAt()));
        out.put("updates", incident.updates().stream().map(update -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("postedAt", str(update.postedAt()));
            item.put("status", update.status().publicName());
            item.put("message", update.message());
            item.put("eta", str(update.eta()));
            item.put("workaround", update.workaround());
            return item;
        }).toList());
        resolution(incident, out);
        return out;
    }

    private static void resolution(PublicIncident incident, Map<String, Object> out) {
        StatusUpdate summary = incident.summary();
        if (summary != null) {
            out.put("resolution", Map.of("summary", summary.message(), "cause", summary.cause(),
                    "prevention", summary.prevention(), "postedAt", summary.postedAt().toString()));
        }
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
