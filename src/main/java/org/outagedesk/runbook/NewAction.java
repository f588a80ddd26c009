package org.outagedesk.runbook;

import java.time.Instant;

/** An action to add to the log; {@code finishedAt} may be empty while it runs. */
public record NewAction(ActionType type, String target, Instant startedAt, Instant finishedAt, ActionOutcome outcome,
        String notes) {}
