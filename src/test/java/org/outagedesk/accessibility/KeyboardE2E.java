package org.outagedesk.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.NewIncident;
import org.outagedesk.incident.Scope;
import org.outagedesk.incident.Severity;
import org.outagedesk.report.MailClient;
import org.outagedesk.report.NewReport;
import org.outagedesk.report.ReportService;
import org.outagedesk.report.ReportSummary;
import org.outagedesk.report.Symptom;
import org.outagedesk.runbook.RunbookItem;
import org.outagedesk.runbook.RunbookService;
import org.outagedesk.testsupport.Browser;
import org.outagedesk.testsupport.LiveApplicationTest;
import org.outagedesk.testsupport.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The report form, triage and the checklist with the keyboard alone (Tab, Enter, Space, arrows):
 * each control reached shows a visible focus indicator, and the confirmations that matter are
 * announced by a live region.
 */
class KeyboardE2E extends LiveApplicationTest {

    @RegisterExtension final Browser browser = new Browser();

    @Autowired ReportService reports;
    @Autowired IncidentService incidents;
    @Autowired RunbookService runbooks;

    @Test
    void aReportIsWrittenAndSentWithTheKeyboardAlone() {
        Keyboard keys = signIn("user@demo.local", "/report", "report-submit");
        String text = "Typed without a mouse " + System.nanoTime();

        keys.tabTo("report-symptom");
        assertThat(keys.focusIndicator("report-symptom")).isEqualTo("visible");
        keys.press(Keys.SPACE);
        keys.tabTo("report-client");
        assertThat(keys.focusIndicator("report-client")).isEqualTo("visible");
        keys.press(Keys.ARROW_DOWN);
        // Only this select's options: the language switch in the top bar is a select too, and its
        // (closed, hidden) items come first in the document.
        browser.visible("#report-client vaadin-select-item[role=option]");
        keys.press(Keys.ARROW_DOWN, Keys.ENTER);
        keys.tabTo("report-description");
        assertThat(keys.focusIndicator("report-description")).isEqualTo("visible");
        keys.press(text);
        keys.tabTo("report-submit");
        assertThat(keys.focusIndicator("report-submit")).isEqualTo("visible");
        keys.press(Keys.ENTER);

        browser.awaitUrlContains("/reports/mine");
        assertThat(browser.textOf(browser.byId("my-reports"))).contains(text);
        assertThat(announced("was received")).as("live region announcing the submitted report").contains("#");
    }

    @Test
    void triageOpensAnIncidentFromAReportWithTheKeyboardAlone() {
        ReportSummary report = SignedIn.as(accounts, "user2@demo.local", () -> reports.submit(new NewReport(
                Symptom.CANNOT_RECEIVE, MailClient.MOBILE, "Keyboard triage " + System.nanoTime(), null, null, null,
                null, null), null));
        Keyboard keys = signIn("it@demo.local", "/triage", "triage-grid");

        keys.tabTo("triage-grid");
        keys.press(Keys.ARROW_DOWN, Keys.HOME, Keys.SPACE);
        keys.tabTo("triage-open-incident");
        assertThat(keys.focusIndicator("triage-open-incident")).isEqualTo("visible");
        keys.press(Keys.ENTER);
        browser.byId("incident-form-open");
        keys.tabTo("incident-form-open");
        keys.press(Keys.ENTER);

        // Triage takes the person to the new incident, where the work goes on; a notification, which screen
        // readers announce, confirms it.
        Long incidentId = browser.within(Duration.ofSeconds(10), driver -> SignedIn.as(accounts, "it@demo.local",
                () -> reports.find(report.id()).orElseThrow().incidentId()));
        String reference = SignedIn.as(accounts, "it@demo.local",
                () -> incidents.find(incidentId).orElseThrow().reference());
        browser.awaitUrlContains("/incidents/" + incidentId);
        assertThat(announced(reference)).as("live region announcing the new incident").contains("opened");
    }

    @Test
    void aChecklistItemIsTickedAndANoteAddedWithTheKeyboardAlone() {
        IncidentDetails incident = SignedIn.as(accounts, "it@demo.local", () -> incidents.open(new NewIncident(
                "Keyboard checklist", null, EnumSet.of(MailService.WEBMAIL), Scope.GROUP, Severity.SEV3, List.of())));
        RunbookItem item = SignedIn.as(accounts, "it@demo.local",
                () -> runbooks.run(incident.id()).orElseThrow().items().getFirst());
        Keyboard keys = signIn("it@demo.local", "/incidents/" + incident.id(), "runbook-done-" + item.id());

        keys.tabTo("runbook-done-" + item.id());
        assertThat(keys.focusIndicator("runbook-done-" + item.id())).isEqualTo("visible");
        keys.press(Keys.SPACE);
        // The item is drawn anew when it changes: look it up by its state, not through an element found before.
        browser.within(Duration.ofSeconds(10), driver -> !driver.findElements(
                By.cssSelector("#runbook-item-" + item.id() + "[data-state=DONE]")).isEmpty());

        keys.tabTo("runbook-more-" + item.id());
        keys.press(Keys.ENTER);
        // Opening the item's controls puts the cursor in its note field.
        browser.within(Duration.ofSeconds(10), driver -> keys.focusPath().contains("runbook-note-" + item.id()));
        assertThat(keys.focusIndicator("runbook-note-" + item.id())).isEqualTo("visible");
        keys.press("Checked from the keyboard", Keys.ENTER);
        browser.within(Duration.ofSeconds(10), driver -> SignedIn.as(accounts, "it@demo.local",
                () -> runbooks.run(incident.id()).orElseThrow().items().getFirst().notes().stream()
                        .anyMatch(note -> note.text().equals("Checked from the keyboard"))));
        // Empty (so not "visible") until someone else works on an item; it must already be in the page
        // for screen readers to announce what is later written into it.
        WebElement live = browser.driver().findElement(By.id("runbook-live"));
        assertThat(live.getDomAttribute("aria-live")).isEqualTo("polite");
        assertThat(live.getDomAttribute("role")).isEqualTo("status");
    }

    private Keyboard signIn(String email, String path, String readyId) {
        browser.signIn(baseUrl(), email, "demo");
        browser.byId("current-user-name");
        browser.open(baseUrl() + path);
        browser.byId(readyId);
        return new Keyboard(browser);
    }

    /**
     * The text of the live regions (notification cards, role=status/alert, aria-live) on the page,
     * once one of them says {@code expected} (others, such as the unread count, may already hold text).
     */
    private String announced(String expected) {
        return browser.within(Duration.ofSeconds(10), driver -> {
            Object text = browser.script("""
                    const found = [];
                    const visit = root => {
                      root.querySelectorAll('[role=status],[role=alert],[aria-live]').forEach(e => found.push(e.textContent));
                      root.querySelectorAll('*').forEach(e => { if (e.shadowRoot) visit(e.shadowRoot); });
                    };
                    visit(document);
                    return found.join(' | ');
                    """);
            return text == null || !text.toString().contains(expected) ? null : text.toString();
        });
    }
}
