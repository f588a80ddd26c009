package org.outagedesk.probe;

import java.util.List;

/**
 * Mail-endpoint probes. Admins configure endpoints; IT staff read the health and run probes on
 * demand; scheduled runs need no one signed in. Refusals are {@link ProbeException}s.
 */
public interface ProbeService {

    /** Every endpoint, by name (IT staff). */
    List<MailEndpoint> endpoints();

    /** Adds an endpoint (admins). */
    MailEndpoint add(EndpointDraft draft);

    /** Changes an endpoint (admins); refused if someone changed it since {@code expectedVersion}. */
    MailEndpoint change(long endpointId, long expectedVersion, EndpointDraft draft);

    /** Deletes an endpoint with its history (admins). */
    void delete(long endpointId);

    /** Current health of every endpoint (IT staff). */
    List<EndpointHealth> health();

    /** Recent results of one endpoint, newest first (IT staff). */
    List<ProbeResult> history(long endpointId, int limit);

    /** Runs the endpoint's check now and records it (IT staff). */
    ProbeResult probeNow(long endpointId);

    /** Runs the endpoint's round trip now and records it (IT staff; SMTP endpoints with a round trip). */
    ProbeResult roundTripNow(long endpointId);

    /** Whether the demo mail server can be switched (embedded default only). */
    boolean outageSimulationAvailable();

    /** Whether the demo mail server is stopped. */
    boolean outageSimulated();

    /** Stops ({@code true}) or starts the demo mail server (admins). */
    void simulateOutage(boolean outage);
}
