package org.outagedesk.status.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * The shape of {@code GET /api/v1/status} for the OpenAPI description; the bytes themselves are
 * written by {@link StatusJson} into the snapshot. Times are ISO-8601 instants in UTC.
 */
@Schema(name = "Status", description = "The mail services' status, incidents, uptime history and planned maintenance")
record StatusDocument(
        String generatedAt,
        @Schema(allowableValues = {"operational", "maintenance", "degraded"}) String overall,
        @Schema(description = "Each mail service: operational, maintenance or affected") Map<String, String> services,
        List<Incident> openIncidents,
        @Schema(description = "Resolved within outagedesk.status.resolved-days (14)") List<Incident> resolvedIncidents,
        @Schema(description = "Per mail service") Map<String, ServiceUptime> uptime,
        List<Maintenance> maintenance,
        @Schema(description = "Resolved incidents of the history's months, newest first") List<PastIncident> pastIncidents) {

    record Incident(String reference, String title, String status, List<String> services, String startedAt,
            String eta, String resolvedAt, List<Update> updates, Resolution resolution) {}

    record Update(String postedAt, String status, String message, String eta, String workaround) {}

    record Resolution(String summary, String cause, String prevention, String postedAt) {}

    @Schema(description = "Null percentages: no data (the service was not probed and had no incident)")
    record ServiceUptime(Double uptime30Percent, Double uptime90Percent,
            @Schema(description = "90 calendar days in the page's zone, oldest first") List<Day> days) {}

    record Day(String date, Double uptimePercent,
            @Schema(allowableValues = {"no-data", "operational", "maintenance", "degraded", "outage"}) String worstState,
            List<String> incidents, long probeFailureMinutes, long maintenanceMinutes) {}

    record Maintenance(long id, List<String> services, String startsAt, String endsAt,
            @Schema(allowableValues = {"scheduled", "in-progress", "completed"}) String state,
            @Schema(description = "By language: es, en") Map<String, String> title,
            @Schema(description = "By language: es, en") Map<String, String> details) {}

    record PastIncident(String reference, String title, List<String> services, String startedAt, String resolvedAt,
            Resolution resolution) {}
}
