package org.outagedesk.probe;

import java.time.Instant;
import java.util.Set;
import org.outagedesk.incident.MailService;

/**
 * A time an endpoint's probes were failing: from its first failed run to its next successful one
 * ({@code endedAt} {@code null} while still failing), with the mail services it served then.
 */
public record FailingPeriod(long endpointId, Set<MailService> services, Instant startedAt, Instant endedAt) {}
