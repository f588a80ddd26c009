package org.outagedesk.probe;

import java.time.Instant;
import java.util.List;

/**
 * An endpoint's current health for the panel.
 *
 * @param recentMillis latencies of the recent checks, oldest first ({@code -1} for a failure)
 * @param consecutiveFailures failed checks in a row up to now
 * @param underMaintenance whether all its services are under planned maintenance now (failures are expected)
 */
public record EndpointHealth(MailEndpoint endpoint, ProbeResult lastCheck, ProbeResult lastRoundTrip,
        Instant lastSuccessAt, List<Long> recentMillis, int consecutiveFailures, boolean underMaintenance) {

    /** Whether the latest check or round trip failed. */
    public boolean failing() {
        return (lastCheck != null && !lastCheck.success()) || (lastRoundTrip != null && !lastRoundTrip.success());
    }
}
