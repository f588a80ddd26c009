package org.outagedesk.probe.internal;

import java.util.ArrayList;
import java.util.List;
import org.outagedesk.incident.Phase;
import org.outagedesk.probe.MailEndpoint;
import org.outagedesk.probe.ProbeException;
import org.outagedesk.probe.ProbeKind;
import org.outagedesk.probe.ProbeResult;
import org.outagedesk.probe.ProbeService;
import org.outagedesk.runbook.EvidenceCheck;
import org.outagedesk.runbook.EvidenceSource;
import org.outagedesk.runbook.RunbookItem;
import org.springframework.stereotype.Component;

/**
 * Offers troubleshooting and verification items a probe of each enabled endpoint and the round
 * trip of each SMTP endpoint that has one; the result becomes the item's evidence.
 */
@Component
class ProbeEvidenceSource implements EvidenceSource {

    private static final String CHECK = "probe:";
    private static final String ROUND_TRIP = "round-trip:";

    private final ProbeService probes;

    ProbeEvidenceSource(ProbeService probes) {
        this.probes = probes;
    }

    @Override
    public List<EvidenceCheck> checks(RunbookItem item) {
        if (item.phase() != Phase.TROUBLESHOOTING && item.phase() != Phase.VERIFICATION) {
            return List.of();
        }
        List<EvidenceCheck> checks = new ArrayList<>();
        for (MailEndpoint endpoint : probes.endpoints()) {
            if (endpoint.roundTrip() && item.phase() == Phase.VERIFICATION) {
                checks.add(new EvidenceCheck(ROUND_TRIP + endpoint.id(), "probe.evidence.round-trip", endpoint.name()));
            }
            if (endpoint.enabled()) {
                checks.add(new EvidenceCheck(CHECK + endpoint.id(), "probe.evidence.check", endpoint.name()));
            }
        }
        return checks;
    }

    @Override
    public String run(String checkId) {
        if (checkId.startsWith(ROUND_TRIP)) {
            return describe(probes.roundTripNow(Long.parseLong(checkId.substring(ROUND_TRIP.length()))));
        }
        if (checkId.startsWith(CHECK)) {
            return describe(probes.probeNow(Long.parseLong(checkId.substring(CHECK.length()))));
        }
        throw new ProbeException("probe.error.not-found");
    }

    /** The result as evidence text: what, where, when, outcome, then one line per step. */
    static String describe(ProbeResult result) {
        StringBuilder text = new StringBuilder();
        text.append(result.kind() == ProbeKind.ROUND_TRIP ? "Round trip" : "Probe").append(" · ")
                .append(result.endpointName()).append(" · ").append(result.at()).append(" · ")
                .append(result.success() ? "OK" : "FAILED " + result.error()).append(" · ")
                .append(result.totalMillis()).append(" ms");
        if (result.certificateDaysLeft() != null) {
            text.append(" · certificate: ").append(result.certificateDaysLeft()).append(" days left");
        }
        if (!result.success()) {
            text.append("\n").append(result.message());
        }
        result.steps().forEach(step -> text.append("\n").append(step.name()).append(": ").append(step.millis())
                .append(" ms, ").append(step.ok() ? "ok" : "failed")
                .append(step.detail() == null ? "" : " — " + step.detail()));
        return text.toString();
    }
}
