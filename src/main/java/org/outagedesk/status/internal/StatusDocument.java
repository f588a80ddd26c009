package org.outagedesk.status.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/status}: what {@link StatusJson} writes into the snapshot, and its shape in the
 * OpenAPI description. Times are ISO-8601 instants in UTC.
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
            String eta, String resolvedAt, List<Update> updates,
            @JsonInclude(JsonInclude.Include.NON_NULL) Resolution resolution) {}

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
            ByLanguage title, ByLanguage details) {}

    @Schema(description = "What IT typed, in Spanish and English (an empty one falls back to the other)")
    record ByLanguage(String es, String en) {}

    record PastIncident(String reference, String title, List<String> services, String startedAt, String resolvedAt,
            @JsonInclude(JsonInclude.Include.NON_NULL) Resolution resolution) {}
}
