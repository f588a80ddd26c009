package org.outagedesk.alert.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import org.outagedesk.alert.AlertOutcome;

/** The answer to an alert notification: what it did and the incident it went to. */
@Schema(description = "What the alert did: OPENED a new incident, UPDATED or RESOLVED alerts on an open one, or was "
        + "IGNORED (resolved alerts without an open incident).")
record AlertReceipt(AlertOutcome outcome, Long incidentId, String incident) {}
