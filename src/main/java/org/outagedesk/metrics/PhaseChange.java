package org.outagedesk.metrics;

import java.time.Instant;
import org.outagedesk.incident.Phase;

/** An incident entered {@code to} at {@code at}. */
public record PhaseChange(Instant at, Phase to) {}
