package org.outagedesk.alert.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.outagedesk.base.ApiError;
import org.springframework.http.ProblemDetail;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The monitoring-alert webhooks; the alert token and rate limit are checked before (see {@link AlertSecurity}). */
@RestController
@RequestMapping(path = "/api/v1/alerts", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Monitoring alerts", description = "Alerts from Alertmanager or any monitor open or update incidents. "
        + "Authenticate with the alert token (Administration > Monitoring alerts, or outagedesk.alerts.token), "
        + "not a personal API token.")
@SecurityRequirement(name = "personalApiToken")
@ApiResponse(responseCode = "400", description = "Malformed JSON, wrong types, or missing fields",
        content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "401", description = "Missing or wrong alert token",
        content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "413", description = "Body larger than outagedesk.alerts.max-body-size",
        content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "429", description = "Over outagedesk.alerts.rate-limit-per-minute; see Retry-After",
        content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
class AlertController {

    private final AlertPayloads payloads;
    private final AlertIntake intake;

    AlertController(AlertPayloads payloads, AlertIntake intake) {
        this.payloads = payloads;
        this.intake = intake;
    }

    @PostMapping(path = "/alertmanager", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Alertmanager webhook receiver",
            description = "Point an Alertmanager webhook_configs receiver here. Firing alerts open an incident or add "
                    + "to the open incident of the same group (groupKey) or alert (fingerprint); resolved alerts are "
                    + "written to its timeline, and when all are resolved the MITIGATED milestone is set.")
    @ApiResponse(responseCode = "200", description = "Accepted; what it did")
    AlertReceipt alertmanager(@RequestBody AlertmanagerPayload payload) {
        return intake.receive(payloads.fromAlertmanager(payload));
    }

    @PostMapping(path = "/generic", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Generic monitoring webhook",
            description = "For any monitor that can POST JSON. The same source and key are one alert: firing again "
                    + "updates its incident, resolved records the recovery.")
    @ApiResponse(responseCode = "200", description = "Accepted; what it did")
    AlertReceipt generic(@RequestBody GenericAlert alert) {
        return intake.receive(payloads.fromGeneric(alert));
    }
}
