package org.outagedesk.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.Severity;
import org.outagedesk.testsupport.Browser;
import org.outagedesk.testsupport.LiveApplicationTest;
import org.outagedesk.testsupport.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A manager opens the dashboard in Chromium and reads the figures of incidents made through the
 * incident module (June 2004 belongs to this test): counts, medians, reviews, charts with tables.
 */
class ManagerDashboardE2E extends LiveApplicationTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @Autowired IncidentService incidents;
    @Autowired MetricsService metrics;

    @Test
    void managerSeesTheFiguresOfThePeriod() {
        SignedIn.as(accounts, "it@demo.local", () -> {
            PastIncidents past = new PastIncidents(incidents);
            past.resolved("Relay refuses mail", Severity.SEV1, MailService.OUTBOUND_SMTP,
                    Instant.parse("2004-06-02T09:00:00Z"), 10, 15, 60, 120);
            past.resolved("Webmail errors", Severity.SEV2, MailService.WEBMAIL, Instant.parse("2004-06-10T09:00:00Z"),
                    20, 30, 90, 180);
            IncidentDetails survivor = past.open("Inbound mail delayed", Severity.SEV3, MailService.INBOUND,
                    Instant.parse("2004-06-20T09:00:00Z"), 30, 50, 200, 240);
            IncidentDetails duplicate = past.open("Inbound mail late", Severity.SEV3, MailService.INBOUND,
                    Instant.parse("2004-06-20T10:00:00Z"), 1, 2, 3, 4);
            incidents.merge(duplicate.id(), duplicate.version(), survivor.id());
            incidents.resolve(survivor.id(), incidents.find(survivor.id()).orElseThrow().version());
        });

        MetricsFilter june = new MetricsFilter(Instant.parse("2004-06-01T00:00:00Z"),
                Instant.parse("2004-07-01T00:00:00Z"), null, null, null);
        await().atMost(Duration.ofSeconds(30)).until(() -> SignedIn.as(accounts, "manager@demo.local",
                () -> metrics.dashboard(june)).reviews().required() == 2);

        browser.signIn(baseUrl(), "manager@demo.local", "demo");
        browser.awaitText("current-user-name", "Marta Gil");
        browser.open(baseUrl() + "/metrics?from=2004-06-01&to=2004-06-30");

        browser.awaitText("metrics-incidents-value", "3");
        assertThat(browser.textOf(browser.byId("metrics-mttd-value"))).isEqualTo("20 min");
        assertThat(browser.textOf(browser.byId("metrics-mtta-value"))).isEqualTo("10 min");
        assertThat(browser.textOf(browser.byId("metrics-mttm-value"))).isEqualTo("1 h 30 min");
        assertThat(browser.textOf(browser.byId("metrics-mttr-value"))).isEqualTo("3 h 00 min");
        assertThat(browser.textOf(browser.byId("metrics-reviews-value"))).isEqualTo("0 %");
        assertThat(browser.textOf(browser.byId("metrics-reviews"))).contains("0 of 2 required reviews final");
        assertThat(browser.script("return document.querySelectorAll('#metrics-chart-response svg title').length"))
                .isEqualTo(8L);
        assertThat(browser.textOf(browser.byId("metrics-chart-services"))).contains("Sending mail").contains("Webmail");
        assertThat(browser.textOf(browser.byId("metrics-definitions"))).contains("MTTR (time to resolve)");
    }
}
