package org.outagedesk.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.outagedesk.incident.CauseVerdict;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.TriageService;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.Severity;
import org.outagedesk.testsupport.LiveApplicationTest;
import org.outagedesk.testsupport.RequiredServices;
import org.outagedesk.testsupport.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The read model follows incidents changed through the incident module (in the background, so the
 * test waits until both are resolved), on MariaDB; February 2002 is this test's.
 */
class MetricsFollowerIT extends LiveApplicationTest {

    @Autowired TriageService triage;

    private static final Instant FEB = Instant.parse("2002-02-01T00:00:00Z");

    @Autowired IncidentService incidents;
    @Autowired MetricsService metrics;

    private static Instant day(int day) {
        return FEB.plus(Duration.ofDays(day));
    }

    @Test
    void resolvedIncidentsCountAndAMergedOneDropsOut() {
        RequiredServices.mariaDb();
        SignedIn.as(accounts, "it@demo.local", () -> {
            PastIncidents past = new PastIncidents(incidents);
            past.resolved("Past outage 2", Severity.SEV2, MailService.WEBMAIL, day(2), 10, 15, 110, 120);
            IncidentDetails second = past.open("Past outage 9", Severity.SEV2, MailService.WEBMAIL, day(9), 30, 35,
                    230, 240);
            IncidentDetails duplicate = past.open("Past outage 10", Severity.SEV2, MailService.WEBMAIL, day(10), 1, 6,
                    10, 20);
            // Triage's suggested cause: the duplicate's rating drops out with it; a change of mind counts once.
            triage.rateCauseSuggestion(duplicate.id(), CauseVerdict.WRONG);
            triage.rateCauseSuggestion(second.id(), CauseVerdict.WRONG);
            triage.rateCauseSuggestion(second.id(), CauseVerdict.RIGHT);
            incidents.merge(duplicate.id(), incidents.find(duplicate.id()).orElseThrow().version(), second.id());
            incidents.resolve(second.id(), incidents.find(second.id()).orElseThrow().version());
        });

        MetricsFilter february = new MetricsFilter(FEB, FEB.plus(Duration.ofDays(28)), null, null, null);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(SignedIn.as(accounts,
                "manager@demo.local", () -> metrics.dashboard(february)).reviews().required()).isEqualTo(2));
        Dashboard dashboard = SignedIn.as(accounts, "manager@demo.local", () -> metrics.dashboard(february));

        assertThat(dashboard.incidents()).isEqualTo(2);
        assertThat(dashboard.response()).containsExactly(
                new Dashboard.Response(Metric.MTTD, 2, 1200L, 1680L, null),
                new Dashboard.Response(Metric.MTTA, 2, 300L, 300L, null),
                new Dashboard.Response(Metric.MTTM, 2, 10_200L, 13_080L, null),
                new Dashboard.Response(Metric.MTTR, 2, 10_800L, 13_680L, null));
        assertThat(dashboard.byService()).containsExactly(new Dashboard.Count("WEBMAIL", 2));
        assertThat(dashboard.reviews()).isEqualTo(new Dashboard.Reviews(2, 0, 0));
        assertThat(dashboard.causeSuggestions()).isEqualTo(new Dashboard.CauseSuggestions(1, 0));
        assertThat(dashboard.causeSuggestions().rightPercent()).isEqualTo(100);
    }
}
