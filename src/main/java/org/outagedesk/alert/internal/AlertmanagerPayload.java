package org.outagedesk.alert.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Alertmanager's webhook payload, version 4 (as documented in Alertmanager's configuration reference). */
@Schema(description = "Alertmanager webhook payload (version 4), sent as-is by Alertmanager's webhook_configs.")
record AlertmanagerPayload(
        @Schema(example = "4") String version,
        @Schema(description = "Identifies the alert group; the same group firing again updates the same incident.",
                example = "{}:{alertname=\"SmtpDown\"}") String groupKey,
        @Schema(description = "How many alerts were left out because of max_alerts.") Integer truncatedAlerts,
        @Schema(allowableValues = {"firing", "resolved"}) String status,
        String receiver,
        Map<String, String> groupLabels,
        Map<String, String> commonLabels,
        Map<String, String> commonAnnotations,
        String externalURL,
        List<Alert> alerts) {

    /** One alert of the group. */
    @Schema(name = "AlertmanagerAlert")
    record Alert(
            @Schema(allowableValues = {"firing", "resolved"}) String status,
            @Schema(description = "Carries the service label (e.g. service=smtp) and severity label (e.g. "
                    + "severity=critical).") Map<String, String> labels,
            @Schema(description = "summary and description are used as text.") Map<String, String> annotations,
            Instant startsAt,
            Instant endsAt,
            String generatorURL,
            @Schema(description = "Identifies the alert across notifications.") String fingerprint) {}
}
