package org.outagedesk.alert.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.outagedesk.incident.TimelineMessage;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.mailerror.MailErrors;
import org.outagedesk.incident.IncidentState;
import org.outagedesk.incident.NewIncident;
import org.outagedesk.alert.AlertOutcome;
import org.outagedesk.alert.internal.AlertNotes.Change;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns alert notifications into incidents, as the "Monitoring" system actor of the request.
 * A group (by its key) or an alert (by its fingerprint) that already went to an open incident
 * goes there again: a timeline entry, not a second incident. A group whose incident was
 * resolved or closed opens a new one; one merged away follows the merge. One notification at
 * a time per node; across nodes the unique group and fingerprint columns make the slower one
 * retry and find the incident the faster one opened.
 */
@Service
class AlertIntake {

    private static final int MAX_MERGE_HOPS = 10;

    private final ReentrantLock lock = new ReentrantLock();
    private final TransactionTemplate transactions;
    private final IncidentService incidents;
    private final AlertGroupRepository groups;
    private final AlertFingerprintRepository fingerprints;
    private final AlertLogRepository log;
    private final AlertLabels labels;
    private final AlertProperties properties;
    private final Clock clock;

    private final MailErrors errors;

    AlertIntake(PlatformTransactionManager transactionManager, IncidentService incidents, AlertGroupRepository groups,
            AlertFingerprintRepository fingerprints, AlertLogRepository log, AlertLabels labels,
            AlertProperties properties, Clock clock, MailErrors errors) {
        this.errors = errors;
        this.transactions = new TransactionTemplate(transactionManager);
        this.incidents = incidents;
        this.groups = groups;
        this.fingerprints = fingerprints;
        this.log = log;
        this.labels = labels;
        this.properties = properties;
        this.clock = clock;
    }

    AlertReceipt receive(AlertNotification notification) {
        lock.lock();
        try {
            try {
                return transactions.execute(status -> process(notification));
            } catch (DataIntegrityViolationException raced) {
                return transactions.execute(status -> process(notification));
            }
        } finally {
            lock.unlock();
        }
    }

    private AlertReceipt process(AlertNotification notification) {
        Instant now = clock.instant();
        String groupHash = AlertText.hash(notification.source() + "\n" + notification.groupKey());
        Map<String, IncomingAlert> byHash = new LinkedHashMap<>();
        notification.alerts().forEach(alert -> byHash.put(fingerprintHash(notification, alert), alert));
        Map<String, AlertFingerprint> known = fingerprints.findByFingerprintIn(byHash.keySet()).stream()
                .collect(Collectors.toMap(AlertFingerprint::fingerprint, Function.identity()));
        AlertGroup group = groups.findByGroupHash(groupHash).orElse(null);
        Long candidate = group != null ? Long.valueOf(group.incidentId()) : known.values().stream()
                .filter(AlertFingerprint::firing).map(AlertFingerprint::incidentId).findFirst().orElse(null);
        IncidentDetails incident = candidate == null ? null : openIncident(candidate);
        AlertOutcome outcome = notification.firing() ? AlertOutcome.UPDATED : AlertOutcome.RESOLVED;
        if (incident == null) {
            if (notification.firingAlerts().isEmpty()) {
                return logged(now, notification, AlertOutcome.IGNORED, null,
                        TimelineMessage.of("alert.timeline.no-open-incident").toJson());
            }
            incident = open(notification);
            outcome = AlertOutcome.OPENED;
        }
        long incidentId = incident.id();
        List<AlertNotes.Line> lines = new ArrayList<>();
        byHash.forEach((hash, alert) -> {
            AlertFingerprint seen = known.get(hash);
            lines.add(new AlertNotes.Line(alert, !alert.firing() ? Change.RESOLVED
                    : seen != null && seen.firing() && seen.incidentId() == incidentId ? Change.STILL_FIRING : Change.NEW));
            if (seen == null) {
                fingerprints.save(new AlertFingerprint(hash, incidentId, alert.firing(), now));
            } else {
                seen.seen(incidentId, alert.firing(), now);
            }
        });
        if (group == null) {
            groups.save(new AlertGroup(groupHash, notification.groupKey(), incidentId, now));
        } else {
            group.moveTo(incidentId, now);
        }
        fingerprints.flush();
        boolean recovered = !notification.firing() && properties.resolvedMarksMitigated()
                && fingerprints.countByIncidentIdAndFiringTrue(incidentId) == 0;
        TimelineMessage report = AlertNotes.describe(notification, lines, recovered, errors);
        incident = incidents.recordMonitoring(incidentId, report, recovered);
        return logged(now, notification, outcome, incident, report.withLines(List.of()).toJson());
    }

    /** The open incident the alerts went to, following merges; {@code null} when it is resolved or closed. */
    private IncidentDetails openIncident(long incidentId) {
        IncidentDetails incident = incidents.find(incidentId).orElse(null);
        for (int hop = 0; incident != null && incident.state() == IncidentState.MERGED && hop < MAX_MERGE_HOPS; hop++) {
            incident = incident.mergedIntoId() == null ? null : incidents.find(incident.mergedIntoId()).orElse(null);
        }
        return incident != null && incident.open() ? incident : null;
    }

    private IncidentDetails open(AlertNotification notification) {
        List<IncomingAlert> firing = notification.firingAlerts();
        String description = firing.stream().map(IncomingAlert::description).filter(Objects::nonNull).findFirst()
                .orElse(null);
        Instant started = firing.stream().map(IncomingAlert::startsAt).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        return incidents.openFromMonitoring(new NewIncident(AlertText.clip(notification.title(), 200),
                AlertText.clip(description, 4000), labels.services(firing), properties.scope(),
                labels.severity(firing), List.of()), started);
    }

    private AlertReceipt logged(Instant now, AlertNotification notification, AlertOutcome outcome,
            IncidentDetails incident, String summary) {
        Long id = incident == null ? null : incident.id();
        String reference = incident == null ? null : incident.reference();
        log.save(new AlertLogEntry(now, notification, outcome, id, reference, summary));
        return new AlertReceipt(outcome, id, reference);
    }

    private static String fingerprintHash(AlertNotification notification, IncomingAlert alert) {
        return AlertText.hash(notification.source() + "\n" + alert.fingerprint());
    }
}
