package org.outagedesk.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.outagedesk.account.AccountService;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.IncidentState;
import org.outagedesk.incident.IncidentSummary;
import org.outagedesk.notification.DemoMailServerControl;
import org.outagedesk.report.SignedIn;
import org.outagedesk.runbook.EvidenceKind;
import org.outagedesk.runbook.RunbookItem;
import org.outagedesk.runbook.RunbookService;
import org.outagedesk.testsupport.Browser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The demo outage end to end in Chromium: an admin stops the demo mail server, IT staff watch the
 * probes fail on the health panel and a probe signal appear in triage, open the incident from it,
 * the admin starts the server again, and the verification item's round trip passes and is
 * attached to the checklist as evidence.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "outagedesk.probe.demo-interval=1s", "outagedesk.probe.failure-threshold=2",
    "outagedesk.probe.connect-timeout=1s", "outagedesk.probe.read-timeout=2s"})
@DirtiesContext
class ProbeOutageE2E {

    private static final Duration PROBES = Duration.ofSeconds(60);
    /** Where the documentation screenshots land (copied to docs/screenshots by hand). */
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @RegisterExtension final Browser admin = new Browser();
    @RegisterExtension final Browser ivan = new Browser();

    @Autowired AccountService accounts;
    @Autowired ProbeService probes;
    @Autowired IncidentService incidents;
    @Autowired RunbookService runbooks;
    @Autowired DemoMailServerControl mailServer;
    @LocalServerPort int port;

    @AfterEach
    void mailServerRunsAgain() {
        mailServer.start();
    }

    @Test
    void simulatedOutageIsDetectedTriagedAndTheFixVerifiedByARoundTrip() throws Exception {
        String base = "http://localhost:" + port;
        signIn(admin, base, "admin@demo.local");
        admin.open(base + "/admin/probes");
        admin.click("probe-outage-toggle");
        WebElement confirm = admin.within(Duration.ofSeconds(10), driver -> admin.deep(
                "vaadin-button[slot='confirm-button']").stream().findFirst().orElse(null));
        admin.script("arguments[0].click();", confirm);
        admin.awaitText("probe-outage-state", "Stopped");
        assertThat(mailServer.running()).isFalse();
        admin.screenshot(SCREENSHOTS.resolve("probe-admin-endpoints.png"));

        signIn(ivan, base, "it@demo.local");
        ivan.open(base + "/probes");
        ivan.within(PROBES, driver -> driver.findElements(By.cssSelector(".probe-card[data-state=failing]")).size()
                == 2);
        assertThat(text(ivan, "probe-cards")).contains("Connection refused");
        ivan.screenshot(SCREENSHOTS.resolve("probe-health-outage.png"));

        ivan.open(base + "/triage");
        String open = ivan.within(PROBES, driver -> driver.findElements(
                By.cssSelector("[id^='triage-signal-open-probe-']")).stream().findFirst().map(e -> e.getAttribute("id"))
                .orElse(null));
        assertThat(text(ivan, "triage-signals")).contains("Demo SMTP", "failed checks in a row");
        ivan.click(open); // by id: the live triage view re-renders its signal cards as probes keep failing
        ivan.click("incident-form-open");
        IncidentSummary incident = ivan.within(Duration.ofSeconds(10), driver -> openedFromSignal());

        admin.click("probe-outage-toggle");
        admin.awaitText("probe-outage-state", "Running");
        assertThat(mailServer.running()).isTrue();

        SignedIn.as(accounts, "it@demo.local");
        long smtp = probes.endpoints().stream().filter(e -> e.name().equals("Demo SMTP")).findFirst().orElseThrow()
                .id();
        long testMail = item(incident.id(), "5.1").id();
        SignedIn.out();
        ivan.open(base + "/incidents/" + incident.id());
        ivan.click("runbook-more-" + testMail);
        ivan.click("runbook-check-" + testMail + "-round-trip-" + smtp);
        ivan.within(PROBES, driver -> text(ivan, "runbook-item-" + testMail).contains("Round trip · Demo SMTP"));
        assertThat(text(ivan, "runbook-item-" + testMail)).contains("· OK ·", "receive:", "delivered after");

        SignedIn.as(accounts, "it@demo.local");
        RunbookItem verified = item(incident.id(), "5.1");
        SignedIn.out();
        assertThat(verified.evidence()).singleElement().satisfies(evidence -> {
            assertThat(evidence.kind()).isEqualTo(EvidenceKind.PROBE);
            assertThat(evidence.authorName()).isEqualTo("Iván Torres");
            assertThat(evidence.text()).startsWith("Round trip · Demo SMTP").contains("send:", "receive:");
        });
    }

    private IncidentSummary openedFromSignal() {
        SignedIn.as(accounts, "it@demo.local");
        try {
            List<IncidentSummary> open = incidents.list(IncidentState.OPEN);
            return open.stream().filter(incident -> incident.title().startsWith("Mail service not answering"))
                    .findFirst().orElse(null);
        } finally {
            SignedIn.out();
        }
    }

    private RunbookItem item(long incidentId, String number) {
        return runbooks.run(incidentId).orElseThrow().items().stream().filter(i -> i.number().equals(number))
                .findFirst().orElseThrow();
    }

    /** Signs in; the first page of a cold server on a busy machine may take long, so it is awaited generously. */
    private static void signIn(Browser browser, String base, String email) {
        browser.open(base + "/login");
        browser.within(Duration.ofSeconds(180), driver -> !driver.findElements(By.cssSelector("input[name=username]"))
                .isEmpty());
        browser.signIn(base, email, "demo");
        browser.within(Duration.ofSeconds(120), driver -> !driver.findElements(By.id("current-user-name")).isEmpty());
    }

    private static String text(Browser browser, String id) {
        return String.valueOf(browser.script("const e = document.getElementById(arguments[0]);"
                + " return e ? e.textContent : '';", id));
    }
}
