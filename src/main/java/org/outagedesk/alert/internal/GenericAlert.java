package org.outagedesk.alert.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One alert from any monitor that can send JSON: the generic webhook's body. */
@Schema(description = "An alert from any monitoring system. The same source and key firing again update the same "
        + "incident; status resolved records the recovery.")
record GenericAlert(
        @Schema(description = "The monitoring system", example = "uptime-kuma", requiredMode = Schema.RequiredMode.REQUIRED,
                maxLength = 50) String source,
        @Schema(description = "Identifies the alert within the source", example = "imap-check",
                requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 500) String key,
        @Schema(allowableValues = {"firing", "resolved"}, requiredMode = Schema.RequiredMode.REQUIRED) String status,
        @Schema(description = "Title of the incident it opens (required when firing)", example = "IMAP is not answering",
                maxLength = 200) String title,
        @Schema(description = "critical, major, warning, info (or SEV1..SEV4); the configured mapping applies",
                example = "critical") String severity,
        @Schema(description = "Affected mail services: smtp, submission, mx, imap, pop3, webmail, activesync, "
                + "calendar (or the service names of the mapping)", example = "[\"imap\"]") List<String> services,
        @Schema(maxLength = 4000) String description,
        @Schema(description = "Link back to the monitor") String url) {}
