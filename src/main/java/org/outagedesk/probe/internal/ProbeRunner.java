package org.outagedesk.probe.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.outagedesk.incident.IncidentTopics;
import org.outagedesk.live.LiveBus;
import org.outagedesk.probe.ProbeException;
import org.outagedesk.probe.ProbeKind;
import org.outagedesk.probe.ProbeProperties;
import org.outagedesk.probe.ProbeResult;
import org.outagedesk.probe.ProbeTopics;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a check or round trip of one endpoint and records it: the endpoint is read in a short
 * transaction, the network conversation runs outside any transaction, the result is written in
 * another. Tells the health panel, and triage when an endpoint crosses the failure threshold or
 * recovers.
 */
@Component
class ProbeRunner {

    private final EndpointRepository endpoints;
    private final ResultRepository results;
    private final ProbeProperties properties;
    private final SecretBox secrets;
    private final MailProber prober;
    private final RoundTripProber roundTrips;
    private final TransactionTemplate transactions;
    private final LiveBus bus;
    private final Clock clock;
    private final ProbeIncidentOpener opener;
    private final FailingPeriods failingPeriods;
    private final ExpectedFailures maintenance;

    ProbeRunner(EndpointRepository endpoints, ResultRepository results, ProbeProperties properties, SecretBox secrets,
            TransactionTemplate transactions, LiveBus bus, Clock clock, ProbeIncidentOpener opener,
            FailingPeriods failingPeriods, ExpectedFailures maintenance) {
        this.failingPeriods = failingPeriods;
        this.maintenance = maintenance;
        this.endpoints = endpoints;
        this.results = results;
        this.properties = properties;
        this.secrets = secrets;
        this.transactions = transactions;
        this.bus = bus;
        this.clock = clock;
        this.opener = opener;
        this.prober = new MailProber(properties.connectTimeout(), properties.readTimeout(), clock);
        this.roundTrips = new RoundTripProber(properties.connectTimeout(), properties.readTimeout(),
                properties.roundTripTimeout());
    }

    /** The scheduled run: the check, then the round trip if the check passed and one is set up. */
    void scheduled(long endpointId) {
        ProbeResult check = check(endpointId);
        Endpoint endpoint = endpoints.findById(endpointId).orElse(null);
        if (check.success() && endpoint != null && endpoint.view().roundTrip()) {
            roundTrip(endpointId);
        }
    }

    ProbeResult check(long endpointId) {
        Endpoint endpoint = load(endpointId);
        Instant started = clock.instant();
        return record(endpoint, ProbeKind.CHECK, started, prober.probe(endpoint.target(secrets)));
    }

    ProbeResult roundTrip(long endpointId) {
        Endpoint endpoint = load(endpointId);
        if (!endpoint.view().roundTrip()) {
            throw new ProbeException("probe.error.no-round-trip", endpoint.name());
        }
        Endpoint via = load(endpoint.roundTripViaId());
        Instant started = clock.instant();
        ProbeOutcome outcome = roundTrips.roundTrip(endpoint.target(secrets), via.target(secrets),
                endpoint.view().roundTripAddress());
        return record(endpoint, ProbeKind.ROUND_TRIP, started, outcome);
    }

    /** Failed runs of this kind in a row, newest first, up to {@code limit}. */
    int failuresInARow(long endpointId, ProbeKind kind, int limit) {
        List<ResultEntry> recent = results.findByEndpointIdAndKindOrderByStartedAtDescIdDesc(endpointId, kind,
                Limit.of(limit));
        int count = 0;
        for (ResultEntry entry : recent) {
            if (entry.success()) {
                break;
            }
            count++;
        }
        return count;
    }

    private Endpoint load(Long endpointId) {
        return endpoints.findById(endpointId).orElseThrow(() -> new ProbeException("probe.error.not-found"));
    }

    private ProbeResult record(Endpoint endpoint, ProbeKind kind, Instant started, ProbeOutcome outcome) {
        boolean[] failingChanged = new boolean[1];
        ProbeResult result = transactions.execute(status -> {
            failingChanged[0] = failingPeriods.record(endpoint.id(), kind, endpoint.view().services(), started,
                    outcome.success());
            return results.save(new ResultEntry(endpoint.id(), kind, started, outcome)).view(endpoint.name());
        });
        bus.publish(ProbeTopics.HEALTH, endpoint.id());
        if (failingChanged[0]) {
            bus.publish(ProbeTopics.FAILING_CHANGED, endpoint.id());
        }
        int threshold = properties.failureThreshold();
        int streak = failuresInARow(endpoint.id(), kind, threshold + 1);
        if (streak >= threshold || (outcome.success() && failedBefore(endpoint.id(), kind))) {
            bus.publish(IncidentTopics.TRIAGE_SIGNALS, endpoint.id());
        }
        if (streak == threshold && properties.autoOpenIncident() && !maintenance.coversAll(endpoint.view(), started)) {
            opener.openFor(endpoint.view(), result);
        }
        return result;
    }

    private boolean failedBefore(long endpointId, ProbeKind kind) {
        List<ResultEntry> lastTwo = results.findByEndpointIdAndKindOrderByStartedAtDescIdDesc(endpointId, kind,
                Limit.of(2));
        return lastTwo.size() == 2 && !lastTwo.get(1).success();
    }
}
