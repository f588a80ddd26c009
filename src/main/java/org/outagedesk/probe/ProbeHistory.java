package org.outagedesk.probe;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.outagedesk.incident.MailService;

/**
 * What the probes found over time, for the public uptime history: public knowledge (no endpoint
 * names or addresses), so it needs no sign-in. Kept {@value #KEPT_DAYS} days, beyond the probe
 * results' own retention.
 */
public interface ProbeHistory {

    int KEPT_DAYS = 100;

    /** The failing periods that had not ended by {@code since}, oldest first. */
    List<FailingPeriod> failingSince(Instant since);

    /** Since when each mail service has been probed; a service never probed is absent. */
    Map<MailService, Instant> probedSince();
}
