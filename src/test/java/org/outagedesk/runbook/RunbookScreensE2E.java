package org.outagedesk.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.outagedesk.account.AccountService;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.NewIncident;
import org.outagedesk.incident.Scope;
import org.outagedesk.incident.Severity;
import org.outagedesk.report.SignedIn;
import org.outagedesk.testsupport.Browser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Two people run one incident's checklist in two Chromium browsers: each checks items, writes
 * notes and signs off a verification; each sees the other's change within a second; the same
 * person's second signature is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class RunbookScreensE2E {

    static final Duration WITHIN_A_SECOND = Duration.ofSeconds(1);

    @RegisterExtension final Browser ivan = new Browser();
    @RegisterExtension final Browser priya = new Browser();

    @Autowired IncidentService incidents;
    @Autowired RunbookService runbooks;
    @Autowired AccountService accounts;
    @LocalServerPort int port;

    @Test
    void twoPeopleWorkTheChecklistTogetherAndSeeEachOtherWithinASecond() {
        SignedIn.as(accounts, "it@demo.local");
        IncidentDetails incident = incidents.open(new NewIncident("Mail server not answering", null,
                EnumSet.of(MailService.IMAP_POP), Scope.ALL_USERS, Severity.SEV1, List.of()));
        RunbookRun run = runbooks.run(incident.id()).orElseThrow();
        SignedIn.out();
        long confirm = id(run, "1.1");
        long logs = id(run, "3.2");
        long testMail = id(run, "5.1");
        long queued = id(run, "5.2");
        String base = "http://localhost:" + port;
        for (Browser browser : List.of(ivan, priya)) {
            browser.signIn(base, browser == ivan ? "it@demo.local" : "it2@demo.local", "demo");
            browser.within(Duration.ofSeconds(30), driver -> !driver.getCurrentUrl().contains("/login"));
            browser.open(base + "/incidents/" + incident.id());
            browser.byId("runbook-done-" + confirm);
        }

        ivan.click("runbook-done-" + confirm);
        stateWithin(ivan, confirm, Duration.ofSeconds(5)); // the first click also warms the server up
        stateWithin(priya, confirm, WITHIN_A_SECOND);

        priya.click("runbook-done-" + logs);
        stateWithin(ivan, logs, WITHIN_A_SECOND);

        priya.click("runbook-more-" + logs);
        priya.visible("#runbook-note-" + logs + " input").sendKeys("Disk full on /var/spool");
        priya.click("runbook-note-add-" + logs);
        textWithin(ivan, "runbook-item-" + logs, "Disk full on /var/spool");

        ivan.click("runbook-more-" + confirm);
        ivan.visible("#runbook-note-" + confirm + " input").sendKeys("No answer on 25, 143, 443");
        ivan.click("runbook-note-add-" + confirm);
        textWithin(priya, "runbook-item-" + confirm, "No answer on 25, 143, 443");

        ivan.click("runbook-sign-" + testMail);
        textWithin(priya, "runbook-item-" + testMail, "Iván Torres");
        // The first signer is not offered the second signature: the row says whom it waits for.
        textWithin(ivan, "runbook-item-" + testMail, "Signed off by Iván Torres; waiting for a second person.");
        assertThat(ivan.deep("#runbook-sign-" + testMail)).isEmpty();
        priya.click("runbook-sign-" + testMail);
        stateWithin(ivan, testMail, WITHIN_A_SECOND);
        assertThat(textContent(ivan, "runbook-item-" + testMail)).contains("Iván Torres", "Priya Shah");

        priya.click("runbook-sign-" + queued);
        textWithin(ivan, "runbook-item-" + queued, "Priya Shah");
        ivan.click("runbook-sign-" + queued);
        stateWithin(priya, queued, WITHIN_A_SECOND);

        SignedIn.as(accounts, "it@demo.local");
        RunbookItem signed = runbooks.run(incident.id()).orElseThrow().item(testMail);
        SignedIn.out();
        assertThat(signed.firstSignerName()).isEqualTo("Iván Torres");
        assertThat(signed.secondSignerName()).isEqualTo("Priya Shah");
    }

    private static long id(RunbookRun run, String number) {
        return run.items().stream().filter(item -> item.number().equals(number)).findFirst().orElseThrow().id();
    }

    private static void stateWithin(Browser browser, long itemId, Duration timeout) {
        browser.within(timeout, driver -> !driver.findElements(
                By.cssSelector("#runbook-item-" + itemId + "[data-state=DONE]")).isEmpty());
    }

    private static void textWithin(Browser browser, String id, String text) {
        browser.within(WITHIN_A_SECOND, driver -> textContent(browser, id).contains(text));
    }

    private static String textContent(Browser browser, String id) {
        return String.valueOf(browser.script("const e = document.getElementById(arguments[0]);"
                + " return e ? e.textContent : '';", id));
    }
}
