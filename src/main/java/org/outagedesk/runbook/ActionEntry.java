package org.outagedesk.runbook;

import java.time.Instant;

/** One recorded action of phase 4 and who recorded it. */
public record ActionEntry(long id, ActionType type, String target, Instant startedAt, Instant finishedAt,
        ActionOutcome outcome, String notes, String actorName, Instant recordedAt) {}
