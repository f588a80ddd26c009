package org.outagedesk.probe;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of one probe run.
 *
 * @param error why it failed ({@code null} on success)
 * @param message the exact error as the server or the network gave it
 * @param certificateDaysLeft days until the server's certificate expires ({@code null} without TLS)
 */
public record ProbeResult(long id, long endpointId, String endpointName, ProbeKind kind, Instant at, boolean success,
        ProbeError error, String message, long totalMillis, Integer certificateDaysLeft, List<ProbeStep> steps) {}
