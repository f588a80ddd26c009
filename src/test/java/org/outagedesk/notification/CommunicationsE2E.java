package org.outagedesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentEdit;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.NewIncident;
import org.outagedesk.incident.Scope;
import org.outagedesk.incident.Severity;
import org.outagedesk.report.MailClient;
import org.outagedesk.report.ReportService;
import org.outagedesk.report.ReportSummary;
import org.outagedesk.report.SignedIn;
import org.outagedesk.report.Symptom;
import org.outagedesk.report.TestPeople;
import org.outagedesk.testsupport.Browser;
import org.outagedesk.testsupport.LiveApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In Chromium: it@demo.local posts a public update with ETA and workaround on the incident page;
 * user@demo.local, who joined the incident and keeps "My reports" open, sees the banner and the
 * unread notification without reloading.
 */
class CommunicationsE2E extends LiveApplicationTest {

    @RegisterExtension
    final Browser ivan = new Browser();

    @RegisterExtension
    final Browser lucia = new Browser();

    @Autowired IncidentService incidents;
    @Autowired ReportService reports;

    @Test
    void aPublicUpdateReachesAJoinedUserLive() {
        ReportSummary first = TestPeople.reportAs(accounts, reports, "user2@demo.local", Symptom.CANNOT_SEND,
                MailClient.DESKTOP_CLIENT, "421 service not available", Instant.now());
        SignedIn.as(accounts, "it@demo.local");
        String title = "Relay refuses mail " + Long.toHexString(System.nanoTime());
        IncidentDetails incident = incidents.open(new NewIncident(title, null, EnumSet.of(MailService.OUTBOUND_SMTP),
                Scope.GROUP, Severity.SEV2, List.of(first.id())));
        incident = incidents.change(incident.id(), incident.version(),
                new IncidentEdit.ChangeEta(Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES)));
        SignedIn.out();
        long incidentId = incident.id();
        SignedIn.as(accounts, "user@demo.local");
        reports.joinIncident(incidentId, Symptom.CANNOT_SEND, MailClient.WEBMAIL);
        SignedIn.out();

        lucia.signIn(baseUrl(), "user@demo.local", "demo");
        lucia.byId("current-user-name");
        lucia.open(baseUrl() + "/reports/mine");
        lucia.byId("notification-bell");
        assertThat(lucia.deep("#notification-count")).as("no unread notification yet").isEmpty();

        ivan.signIn(baseUrl(), "it@demo.local", "demo");
        ivan.byId("current-user-name");
        ivan.open(baseUrl() + "/incidents/" + incidentId);
        ivan.click("update-new");
        WebElement message = ivan.visible("#update-message textarea");
        assertThat(ivan.visible("#update-workaround input").getAttribute("value")).isEqualTo("Use webmail.");
        message.clear();
        String text = "The relay certificate expired; a new one is being installed " + System.nanoTime();
        message.sendKeys(text);
        ivan.byId("update-send").click();
        ivan.awaitDeep(".status-update", text);

        long start = System.nanoTime();
        lucia.awaitText("outage-banner-text", text);
        lucia.awaitText("outage-banner-subject", title);
        lucia.awaitText("notification-count", "1");
        Duration waited = Duration.ofNanos(System.nanoTime() - start);
        assertThat(lucia.textOf(lucia.byId("outage-banner"))).contains("Use webmail.");
        assertThat(lucia.currentUrl()).endsWith("/reports/mine");
        assertThat(waited).isLessThan(Duration.ofSeconds(10));
    }
}
