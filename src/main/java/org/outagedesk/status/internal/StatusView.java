package org.outagedesk.status.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.PublicIncident;
import org.outagedesk.status.MaintenanceState;
import org.outagedesk.status.MaintenanceWindow;

/**
 * Everything the status documents show, read once per rebuild.
 *
 * @param incidents open ones and those resolved within the page's days, newest first
 * @param past resolved incidents of the history's months, newest first
 * @param maintenance public windows not ended more than the history's days ago, soonest first
 * @param uptime each service's daily history
 */
record StatusView(Instant at, List<PublicIncident> incidents, List<PublicIncident> past,
        List<MaintenanceWindow> maintenance, Map<MailService, UptimeHistory.ServiceHistory> uptime,
        Duration maintenanceNotice) {

    /** Past incidents are kept newest first (by impact start), as the history page and the JSON list them. */
    StatusView {
        past = past.stream().sorted(Comparator.comparing(PublicIncident::startedAt).reversed()).toList();
    }

    List<PublicIncident> open() {
        return incidents.stream().filter(PublicIncident::open).toList();
    }

    List<PublicIncident> resolved() {
        return incidents.stream().filter(incident -> !incident.open()).toList();
    }

    /** Windows in progress or starting within the notice time. */
    List<MaintenanceWindow> maintenanceShown() {
        return maintenance.stream().filter(window -> window.shown(at, maintenanceNotice)).toList();
    }

    /** Windows completed, most recent first. */
    List<MaintenanceWindow> maintenanceCompleted() {
        return maintenance.stream().filter(window -> window.state(at) == MaintenanceState.COMPLETED)
                .sorted((a, b) -> b.endsAt().compareTo(a.endsAt())).toList();
    }
}
