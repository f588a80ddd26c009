package org.outagedesk.probe.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.Scope;
import org.outagedesk.incident.Severity;
import org.outagedesk.incident.TriageSignal;
import org.outagedesk.incident.TriageSignals;
import org.outagedesk.mailerror.MailErrors;
import org.outagedesk.probe.MailEndpoint;
import org.outagedesk.probe.ProbeKind;
import org.outagedesk.probe.ProbeProperties;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells triage which endpoints failed at least {@code outagedesk.probe.failure-threshold} times
 * in a row (checks or round trips), suggesting an incident for their services and all users.
 */
@Component
@Transactional(readOnly = true)
class ProbeTriageSignals implements TriageSignals {

    private final EndpointRepository endpoints;
    private final ResultRepository results;
    private final ProbeProperties properties;
    private final BundleI18NProvider i18n;
    private final MailErrors errors;
    private final ExpectedFailures expected;
    private final Clock clock;

    ProbeTriageSignals(EndpointRepository endpoints, ResultRepository results, ProbeProperties properties,
            BundleI18NProvider i18n, MailErrors errors, ExpectedFailures expected, Clock clock) {
        this.expected = expected;
        this.clock = clock;
        this.errors = errors;
        this.endpoints = endpoints;
        this.results = results;
        this.properties = properties;
        this.i18n = i18n;
    }

    @Override
    public List<TriageSignal> current(Locale language) {
        List<TriageSignal> signals = new ArrayList<>();
        Set<MailService> planned = expected.underMaintenance(clock.instant());
        for (Endpoint endpoint : endpoints.findByEnabledTrue()) {
            MailEndpoint view = endpoint.view();
            if (ExpectedFailures.coversAll(view, planned)) {
                continue; // failing during planned maintenance is expected
            }
            for (ProbeKind kind : ProbeKind.values()) {
                signal(view, ExpectedFailures.notCovered(view, planned), kind, language).ifPresent(signals::add);
            }
        }
        signals.sort(Comparator.comparing(TriageSignal::failures).reversed());
        return signals;
    }

    private Optional<TriageSignal> signal(MailEndpoint endpoint, Set<MailService> services, ProbeKind kind,
            Locale language) {
        List<ResultEntry> recent = results.findByEndpointIdAndKindOrderByStartedAtDescIdDesc(endpoint.id(), kind,
                Limit.of(200));
        List<ResultEntry> failing = recent.stream().takeWhile(entry -> !entry.success()).toList();
        if (failing.size() < properties.failureThreshold()) {
            return Optional.empty();
        }
        ResultEntry latest = failing.getFirst();
        Instant since = failing.getLast().startedAt();
        var result = latest.view(endpoint.name());
        String title = endpoint.name() + " · " + endpoint.protocol() + " " + endpoint.host() + ":" + endpoint.port()
                + (kind == ProbeKind.ROUND_TRIP ? " · " + i18n.getTranslation("probe.signal.round-trip", language) : "");
        return Optional.of(new TriageSignal("probe-" + endpoint.id() + "-" + kind.name().toLowerCase(Locale.ROOT),
                title, i18n.getTranslation("probe.error-kind." + result.error().name(), language), result.message(),
                services, Scope.ALL_USERS, Severity.SEV2, since, failing.size(),
                ProbeFailureReading.of(result.error(), result.message(), errors)));
    }
}
