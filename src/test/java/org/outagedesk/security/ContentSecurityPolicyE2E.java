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
 * with no {@code securitypolicyviolation} event and no console error.
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
            browser.awaitSettled();
            browser.policyViolations().forEach(violation -> problems.add(path + ": CSP violation " + violation));
            browser.consoleErrors().forEach(error -> problems.add(path + ": console error " + error));
        }
        assertThat(problems).as("CSP violations and console errors on %s", paths).isEmpty();
    }
}
