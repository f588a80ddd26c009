package org.outagedesk.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.NewIncident;
import org.outagedesk.incident.NewStatusUpdate;
import org.outagedesk.incident.PublicStatus;
import org.outagedesk.incident.Scope;
import org.outagedesk.incident.Severity;
import org.outagedesk.incident.StatusUpdateService;
import org.outagedesk.incident.UpdateAudience;
import org.outagedesk.report.MailClient;
import org.outagedesk.report.NewReport;
import org.outagedesk.report.ReportService;
import org.outagedesk.report.Symptom;
import org.outagedesk.testsupport.Browser;
import org.outagedesk.testsupport.LiveApplicationTest;
import org.outagedesk.testsupport.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * axe-core (WCAG 2.2 AA rule tags) on every main page for each role: no serious or critical
 * violation. To check a new page, add a line to {@link #pages(long)}: who signs in (null for
 * anonymous), the path, and the id of an element that shows once the page has rendered.
 */
class AccessibilityE2E extends LiveApplicationTest {

    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    static final Set<String> BLOCKING = Set.of("serious", "critical");

    /** One page as one person sees it; {@code who} is a demo login or null for anonymous. */
    record Page(String who, String path, String readyId) {}

    /**
     * A violation inside a Vaadin web component that the application cannot change, accepted on
     * exactly this rule, element and failure. Each one is listed in docs/accessibility.md.
     */
    record KnownIssue(String rule, String htmlStart, String failureContains, String reference) {
        boolean matches(Rule violated, CheckedNode node) {
            return violated.getId().equals(rule) && String.valueOf(node.getHtml()).startsWith(htmlStart)
                    && String.valueOf(node.getFailureSummary()).contains(failureContains);
        }
    }

    static final List<KnownIssue> KNOWN = List.of(
            // A required <vaadin-select> copies aria-required="true" onto its internal value button,
            // whose role is "button", where ARIA does not allow it (the component's FieldAriaController
            // does not check the role): open upstream issue vaadin/web-components#7337. Screen readers
            // ignore the attribute there; the form still tells people the field is required through
            // the visible indicator and the error message read out when it is left empty.
            new KnownIssue("aria-allowed-attr", "<vaadin-select-value-button", "aria-required=\"true\"",
                    "vaadin/web-components#7337"));

    @RegisterExtension final Browser browser = new Browser();

    @Autowired IncidentService incidents;
    @Autowired StatusUpdateService updates;
    @Autowired ReportService reports;

    static List<Page> pages(long incidentId) {
        return List.of(
                new Page(null, "/login", "login-form"),
                new Page(null, "/register", "register-login-link"),
                new Page(null, "/forgot-password", "forgot-login-link"),
                new Page(null, "/status", "overall"),
                new Page("user@demo.local", "/", "current-user-name"),
                new Page("user@demo.local", "/report", "report-submit"),
                new Page("user@demo.local", "/reports/mine", "my-reports"),
                new Page("user@demo.local", "/profile", "current-user-name"),
                new Page("it@demo.local", "/triage", "triage-grid"),
                new Page("it@demo.local", "/board", "board"),
                new Page("it@demo.local", "/incidents/" + incidentId, "incident-heading"),
                new Page("it@demo.local", "/probes", "probe-cards"),
                new Page("admin@demo.local", "/admin/users", "current-user-name"),
                new Page("admin@demo.local", "/admin/runbooks", "current-user-name"),
                new Page("admin@demo.local", "/admin/webhooks", "current-user-name"),
                new Page("admin@demo.local", "/admin/probes", "probe-add"),
                new Page("admin@demo.local", "/admin/alerts", "current-user-name"),
                new Page("admin@demo.local", "/profile/tokens", "current-user-name"),
                new Page("manager@demo.local", "/", "current-user-name"),
                new Page("manager@demo.local", "/metrics", "metrics-csv"),
                new Page("manager@demo.local", "/metrics/reviews", "current-user-name"),
                new Page("manager@demo.local", "/action-items", "current-user-name"),
                new Page("manager@demo.local", "/board", "board"),
                new Page("manager@demo.local", "/incidents/" + incidentId + "/review", "current-user-name"));
    }

    @Test
    void noSeriousOrCriticalViolationOnAnyMainPageForAnyRole() {
        IncidentDetails incident = SignedIn.as(accounts, "it@demo.local", () -> {
            IncidentDetails opened = incidents.open(new NewIncident("Outgoing mail delayed", "Queues grow on mx1",
                    EnumSet.of(MailService.OUTBOUND_SMTP), Scope.ALL_USERS, Severity.SEV2, List.of()));
            updates.post(opened.id(), new NewStatusUpdate(PublicStatus.IDENTIFIED, "Queues are draining.", null,
                    "Use webmail.", UpdateAudience.PUBLIC));
            return opened;
        });
        // The triage grid is hidden while the queue is empty (an empty-state card shows instead), so
        // one unlinked report makes the grid, its selection column and its actions part of the check.
        SignedIn.as(accounts, "user2@demo.local", () -> reports.submit(new NewReport(Symptom.CANNOT_SEND,
                MailClient.DESKTOP_CLIENT, "Sending fails since nine", null, null, null, null, null), null));
        List<String> problems = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        Map<String, Integer> rulesByImpact = new TreeMap<>();
        Map<String, Integer> nodesByImpact = new TreeMap<>();
        String signedInAs = null;
        int checked = 0;
        long started = System.nanoTime();
        for (Page page : pages(incident.id())) {
            if (page.who() != null && !page.who().equals(signedInAs)) {
                browser.driver().manage().deleteAllCookies();
                browser.signIn(baseUrl(), page.who(), "demo");
                browser.byId("current-user-name");
                signedInAs = page.who();
            }
            if (page.who() == null && signedInAs != null) {
                browser.driver().manage().deleteAllCookies();
                signedInAs = null;
            }
            long pageStarted = System.nanoTime();
            browser.open(baseUrl() + page.path());
            browser.byId(page.readyId());
            browser.awaitQuiet();
            long rendered = System.nanoTime();
            // Legacy mode runs axe.run in the page itself. The default mode opens about:blank in a new
            // tab to merge frame results, with the page-load timeout cut to 1 s meanwhile: on a busy
            // 2-core runner Chromium needs longer for the new tab ("switchToWindow failed ... Timed out
            // receiving message from renderer: 1.000"). The portal has no iframes, so nothing is lost.
            Results results = new AxeBuilder().withTags(WCAG_22_AA).setLegacyMode(true).analyze(browser.driver());
            String where = (page.who() == null ? "anonymous" : page.who()) + " " + page.path();
            System.out.println("AXE timing " + where + ": rendered in " + (rendered - pageStarted) / 1_000_000
                    + " ms, analysed in " + (System.nanoTime() - rendered) / 1_000_000 + " ms");
            for (Rule rule : results.getViolations()) {
                List<CheckedNode> open = new ArrayList<>();
                for (CheckedNode node : rule.getNodes()) {
                    KNOWN.stream().filter(known -> known.matches(rule, node)).findFirst().ifPresentOrElse(
                            known -> accepted.add(where + ": " + rule.getId() + " at " + node.getTarget()
                                    + " (known: " + known.reference() + ")"),
                            () -> open.add(node));
                }
                if (open.isEmpty()) {
                    continue;
                }
                rulesByImpact.merge(rule.getImpact(), 1, Integer::sum);
                nodesByImpact.merge(rule.getImpact(), open.size(), Integer::sum);
                String line = where + ": " + rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + ") at "
                        + open.stream().map(node -> node.getTarget() + " " + abbreviate(node.getHtml()) + " -- "
                                + abbreviate(node.getFailureSummary())).toList();
                if (BLOCKING.contains(rule.getImpact())) {
                    problems.add(line);
                } else {
                    System.out.println("AXE (not blocking) " + line);
                }
            }
            checked++;
        }
        assertLiveRegion("/board", "board-summary");
        System.out.println("AXE pages checked: " + checked + " in " + (System.nanoTime() - started) / 1_000_000
                + " ms; violated rules by impact " + rulesByImpact + ", elements by impact " + nodesByImpact
                + "; accepted known component issues: " + accepted.size());
        accepted.forEach(line -> System.out.println("AXE accepted " + line));
        problems.forEach(problem -> System.out.println("AXE " + problem));
        assertThat(problems).as("serious or critical WCAG 2.2 AA violations").isEmpty();
    }

    private static String abbreviate(String text) {
        String flat = String.valueOf(text).replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }

    /** The region whose text changes when others act is announced politely by screen readers. */
    private void assertLiveRegion(String path, String id) {
        browser.open(baseUrl() + path);
        assertThat(browser.byId(id).getDomAttribute("aria-live")).as(path + " #" + id).isEqualTo("polite");
        assertThat(browser.byId(id).getDomAttribute("role")).as(path + " #" + id).isEqualTo("status");
    }
}
