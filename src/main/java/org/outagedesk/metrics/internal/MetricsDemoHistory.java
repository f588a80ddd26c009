package org.outagedesk.metrics.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.outagedesk.account.AccountService;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentEdit;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.IncidentState;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.Milestone;
import org.outagedesk.incident.NewIncident;
import org.outagedesk.incident.Scope;
import org.outagedesk.incident.Severity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A few resolved incidents of the past weeks, so the embedded default's dashboard is not empty.
 * Created through {@link IncidentService} as it@demo.local, with past milestones; skipped when
 * any incident is already resolved or closed (so it runs once, and not over other demo data).
 * Only with {@code outagedesk.demo.enabled} and {@code outagedesk.metrics.demo-history} both true (the embedded default).
 */
@Component
@ConditionalOnProperty(name = {"outagedesk.demo.enabled", "outagedesk.metrics.demo-history"}, havingValue = "true")
@Order(50)
class MetricsDemoHistory implements ApplicationRunner {

    /** One past outage: how many days ago its impact started and the minutes from then to each later milestone. */
    record PastOutage(String title, Severity severity, Set<MailService> services, int daysAgo, int detect, int acknowledge,
            int mitigate, int resolve) {}

    static final List<PastOutage> OUTAGES = List.of(
            new PastOutage("IMAP logins fail after certificate renewal", Severity.SEV1,
                    Set.of(MailService.IMAP_POP, MailService.WEBMAIL), 75, 12, 20, 90, 160),
            new PastOutage("Outbound mail queued at the relay", Severity.SEV2, Set.of(MailService.OUTBOUND_SMTP), 52,
                    25, 35, 180, 300),
            new PastOutage("Mobile devices stop syncing", Severity.SEV3, Set.of(MailService.MOBILE_SYNC), 33, 45, 70,
                    240, 540),
            new PastOutage("Inbound mail delayed by the spam filter", Severity.SEV2, Set.of(MailService.INBOUND), 20, 8,
                    14, 50, 80),
            new PastOutage("Calendar invitations missing", Severity.SEV4, Set.of(MailService.CALENDAR), 9, 90, 120, 1200,
                    1560),
            new PastOutage("Webmail unreachable", Severity.SEV1, Set.of(MailService.WEBMAIL), 3, 5, 9, 40, 65));

    private static final Logger log = LoggerFactory.getLogger(MetricsDemoHistory.class);

    private final IncidentService incidents;
    private final AccountService accounts;
    private final Clock clock;

    MetricsDemoHistory(IncidentService incidents, AccountService accounts, Clock clock) {
        this.incidents = incidents;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        var staff = accounts.findLoginAccount("it@demo.local").map(StaffPrincipal::of).orElse(null);
        if (staff == null) {
            return;
        }
        staff.runAs(() -> {
            boolean pastExists = incidents.list(null).stream().anyMatch(incident -> incident.state() != IncidentState.OPEN);
            if (!pastExists) {
                OUTAGES.forEach(this::create);
                log.info("Metrics demo history: {} past incidents created", OUTAGES.size());
            }
        });
    }

    private void create(PastOutage outage) {
        IncidentDetails incident = incidents.open(new NewIncident(outage.title(), null, outage.services(),
                outage.severity() == Severity.SEV1 ? Scope.ALL_USERS : Scope.GROUP, outage.severity(), List.of()));
        Instant started = clock.instant().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(outage.daysAgo()));
        incident = milestone(incident, Milestone.IMPACT_STARTED, started, 0);
        incident = milestone(incident, Milestone.DETECTED, started, outage.detect());
        incident = milestone(incident, Milestone.ACKNOWLEDGED, started, outage.acknowledge());
        incident = milestone(incident, Milestone.MITIGATED, started, outage.mitigate());
        incident = milestone(incident, Milestone.RESOLVED, started, outage.resolve());
        incidents.resolve(incident.id(), incident.version());
    }

    private IncidentDetails milestone(IncidentDetails incident, Milestone milestone, Instant started, int minutes) {
        Instant at = started.plus(Duration.ofMinutes(minutes));
        return incidents.change(incident.id(), incident.version(), new IncidentEdit.ChangeMilestone(milestone, at));
    }
}
