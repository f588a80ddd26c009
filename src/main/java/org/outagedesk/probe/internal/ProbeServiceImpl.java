package org.outagedesk.probe.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.outagedesk.incident.MailService;
import org.outagedesk.live.LiveBus;
import org.outagedesk.notification.DemoMailServerControl;
import org.outagedesk.probe.EndpointDraft;
import org.outagedesk.probe.EndpointHealth;
import org.outagedesk.probe.MailEndpoint;
import org.outagedesk.probe.ProbeException;
import org.outagedesk.probe.ProbeKind;
import org.outagedesk.probe.ProbeResult;
import org.outagedesk.probe.ProbeService;
import org.outagedesk.probe.ProbeTopics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ProbeServiceImpl implements ProbeService {

    static final String READ = "hasAnyRole('IT_STAFF', 'ADMIN')";
    static final String ADMIN = "hasRole('ADMIN')";
    private static final int SPARKLINE_POINTS = 30;

    private final EndpointRepository endpoints;
    private final ResultRepository results;
    private final ProbeRunner runner;
    private final SecretBox secrets;
    private final LiveBus bus;
    private final Clock clock;
    private final ObjectProvider<DemoMailServerControl> demoServer;
    private final ExpectedFailures expected;

    ProbeServiceImpl(EndpointRepository endpoints, ResultRepository results, ProbeRunner runner, SecretBox secrets,
            LiveBus bus, Clock clock, ObjectProvider<DemoMailServerControl> demoServer, ExpectedFailures expected) {
        this.expected = expected;
        this.endpoints = endpoints;
        this.results = results;
        this.runner = runner;
        this.secrets = secrets;
        this.bus = bus;
        this.clock = clock;
        this.demoServer = demoServer;
    }

    @Override
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<MailEndpoint> endpoints() {
        return endpoints.findAllByOrderByNameAsc().stream().map(Endpoint::view).toList();
    }

    @Override
    @PreAuthorize(ADMIN)
    @Transactional
    public MailEndpoint add(EndpointDraft draft) {
        checkNameFree(draft.name(), null);
        checkRoundTripVia(draft, null);
        return saved(endpoints.save(new Endpoint(draft, secrets, false, clock.instant())));
    }

    @Override
    @PreAuthorize(ADMIN)
    @Transactional
    public MailEndpoint change(long endpointId, long expectedVersion, EndpointDraft draft) {
        Endpoint endpoint = endpoints.findById(endpointId).orElseThrow(() -> new ProbeException("probe.error.not-found"));
        if (endpoint.version() != expectedVersion) {
            throw new ProbeException("probe.error.changed-meanwhile");
        }
        checkNameFree(draft.name(), endpointId);
        checkRoundTripVia(draft, endpointId);
        endpoint.apply(draft, secrets);
        try {
            return saved(endpoints.saveAndFlush(endpoint));
        } catch (OptimisticLockingFailureException e) {
            throw new ProbeException("probe.error.changed-meanwhile");
        }
    }

    @Override
    @PreAuthorize(ADMIN)
    @Transactional
    public void delete(long endpointId) {
        endpoints.findById(endpointId).ifPresent(endpoints::delete);
        bus.publish(ProbeTopics.HEALTH, endpointId);
    }

    @Override
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<EndpointHealth> health() {
        Set<MailService> planned = expected.underMaintenance(clock.instant());
        return endpoints.findAllByOrderByNameAsc().stream().map(endpoint -> health(endpoint, planned)).toList();
    }

    private EndpointHealth health(Endpoint endpoint, Set<MailService> planned) {
        MailEndpoint view = endpoint.view();
        List<ResultEntry> checks = results.findByEndpointIdAndKindOrderByStartedAtDescIdDesc(endpoint.id(),
                ProbeKind.CHECK, Limit.of(SPARKLINE_POINTS));
        List<ResultEntry> trips = results.findByEndpointIdAndKindOrderByStartedAtDescIdDesc(endpoint.id(),
                ProbeKind.ROUND_TRIP, Limit.of(1));
        List<Long> latencies = checks.reversed().stream().map(entry -> entry.success() ? entry.totalMillis() : -1L)
                .toList();
        int streak = (int) checks.stream().takeWhile(entry -> !entry.success()).count();
        Instant lastSuccess = results.lastSuccess(endpoint.id());
        return new EndpointHealth(view, checks.isEmpty() ? null : checks.getFirst().view(endpoint.name()),
                trips.isEmpty() ? null : trips.getFirst().view(endpoint.name()), lastSuccess, latencies, streak,
                ExpectedFailures.coversAll(view, planned));
    }

    @Override
    @PreAuthorize(READ)
    @Transactional(readOnly = true)
    public List<ProbeResult> history(long endpointId, int limit) {
        String name = endpoints.findById(endpointId).map(Endpoint::name).orElse("");
        return results.findByEndpointIdOrderByStartedAtDescIdDesc(endpointId, Limit.of(Math.max(1, limit))).stream()
                .sorted(Comparator.comparing(ResultEntry::startedAt).reversed()).map(entry -> entry.view(name))
                .toList();
    }

    @Override
    @PreAuthorize(READ)
    public ProbeResult probeNow(long endpointId) {
        return runner.check(endpointId);
    }

    @Override
    @PreAuthorize(READ)
    public ProbeResult roundTripNow(long endpointId) {
        return runner.roundTrip(endpointId);
    }

    @Override
    public boolean outageSimulationAvailable() {
        return demoServer.getIfAvailable() != null;
    }

    @Override
    public boolean outageSimulated() {
        DemoMailServerControl server = demoServer.getIfAvailable();
        return server != null && !server.running();
    }

    @Override
    @PreAuthorize(ADMIN)
    public void simulateOutage(boolean outage) {
        DemoMailServerControl server = demoServer.getIfAvailable();
        if (server == null) {
            throw new ProbeException("probe.error.no-demo-server");
        }
        if (outage) {
            server.stop();
        } else {
            server.start();
        }
        bus.publish(ProbeTopics.HEALTH, 0L);
    }

    private MailEndpoint saved(Endpoint endpoint) {
        bus.publish(ProbeTopics.HEALTH, endpoint.id());
        return endpoint.view();
    }

    private void checkNameFree(String name, Long self) {
        if (name != null && endpoints.findByName(name.strip()).filter(other -> !other.id().equals(self)).isPresent()) {
            throw new ProbeException("probe.error.name-taken", name.strip());
        }
    }

    private void checkRoundTripVia(EndpointDraft draft, Long self) {
        if (draft.roundTripViaId() == null) {
            return;
        }
        boolean imap = endpoints.findById(draft.roundTripViaId()).map(via -> via.view().protocol()
                == org.outagedesk.probe.MailProtocol.IMAP && !via.id().equals(self)).orElse(false);
        if (!imap) {
            throw new ProbeException("probe.error.round-trip-via");
        }
    }
}
