package org.outagedesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.NewIncident;
import org.outagedesk.incident.Scope;
import org.outagedesk.incident.Severity;
import org.outagedesk.testsupport.Browser;
import org.outagedesk.testsupport.LiveApplicationTest;
import org.outagedesk.testsupport.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Vaadin works under the Content-Security-Policy: the main pages of every role load in Chromium
 * with no {@code securitypolicyviolation} event and no console error, and a script put into a page
 * without the page's nonce is refused.
 */
class ContentSecurityPolicyE2E extends LiveApplicationTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @Autowired
    IncidentService incidents;

    @Test
    void publicPages() {
        assertCleanPages(List.of("/login", "/register", "/forgot-password", "/reset-password", "/status"));
    }

    @Test
    void endUserPages() {
        signIn("user2@demo.local");
        assertCleanPages(List.of("/", "/report", "/reports/mine", "/profile", "/profile/tokens"));
    }

    @Test
    void itStaffAndManagerPages() {
        long incidentId = SignedIn.as(accounts, "it@demo.local", () -> incidents.open(new NewIncident(
                "CSP check", "Opened by the CSP test", Set.of(MailService.INBOUND), Scope.GROUP, Severity.SEV3, List.of())))
                .id();
        signIn("it@demo.local");
        assertCleanPages(List.of("/triage", "/board", "/incidents/" + incidentId));
    }

    @Test
    void adminPages() {
        signIn("admin@demo.local");
        assertCleanPages(List.of("/admin/users", "/admin/webhooks", "/admin/runbooks"));
    }

    @Test
    void anInlineScriptWithoutThePagesNonceDoesNotRun() {
        browser.recordPolicyViolations();
        browser.open(baseUrl() + "/login");
        browser.awaitQuiet();

        browser.script("const injected = document.createElement('script');"
                + "injected.textContent = 'window.__injectedRan = true';"
                + "document.head.appendChild(injected);");

        assertThat(browser.script("return window.__injectedRan === true;")).as("the injected script ran").isEqualTo(false);
        assertThat(browser.policyViolations()).anyMatch(violation -> violation.startsWith("script-src"));
    }

    @Test
    void aReportIsSentUnderThePolicy() {
        signIn("user2@demo.local");
        browser.recordPolicyViolations();
        browser.open(baseUrl() + "/report");
        browser.byId("report-submit");
        browser.visible("#report-symptom vaadin-radio-button").click();
        browser.script("document.getElementById('report-client').value = '1';");
        browser.visible("#report-error textarea, #report-error input").sendKeys("421 4.3.2 Service not available");
        browser.click("report-submit");
        // My reports lists it (in the full suite other tests leave this person dozens of reports and a long banner)
        browser.present("#my-reports [id^=report-status-]");

        assertThat(browser.policyViolations()).as("CSP violations while sending a report").isEmpty();
        assertThat(browser.consoleErrors()).as("console errors while sending a report").isEmpty();
    }

    private void signIn(String email) {
        browser.signIn(baseUrl(), email, "demo");
        browser.byId("current-user-name");
    }

    private void assertCleanPages(List<String> paths) {
        browser.recordPolicyViolations();
        List<String> problems = new ArrayList<>();
        browser.consoleErrors();
        for (String path : paths) {
            browser.open(baseUrl() + path);
            browser.awaitQuiet();
            browser.policyViolations().forEach(violation -> problems.add(path + ": CSP violation " + violation));
            browser.consoleErrors().forEach(error -> problems.add(path + ": console error " + error));
        }
        assertThat(problems).as("CSP violations and console errors on %s", paths).isEmpty();
    }
}
