package org.outagedesk.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.StatusUpdateService;
import org.outagedesk.report.ReportService;
import org.outagedesk.runbook.RunbookService;
import org.outagedesk.testsupport.Browser;
import org.outagedesk.testsupport.LiveApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Pages showing stored hostile text run none of it in Chromium: a hook installed before any page
 * script counts calls of alert/confirm/prompt, the payloads set {@code window.__pwned}, and the
 * console must stay free of errors. Covers my reports, the banner and notification centre, triage,
 * the board, the incident page (timeline, checklist, action log, updates) and the public status page.
 */
class HostilePagesE2E extends LiveApplicationTest {

    private static final String HOOK = """
            window.__alerted = 0;
            for (const name of ['alert', 'confirm', 'prompt']) {
              window[name] = () => { window.__alerted++; return null; };
            }
            """;

    @RegisterExtension final Browser user = new Browser();
    @RegisterExtension final Browser staff = new Browser();
    private Browser browser;

    @Autowired ReportService reports;
    @Autowired IncidentService incidents;
    @Autowired StatusUpdateService updates;
    @Autowired RunbookService runbooks;

    @Test
    void storedScriptsNeverRunOnAnyPageThatShowsThem() {
        HostileSeed seed = HostileSeed.store(accounts, reports, incidents, updates, runbooks);
        user.beforeEveryPage(HOOK);
        staff.beforeEveryPage(HOOK);
        List<String> fired = new ArrayList<>();
        browser = user;

        // The status page is served from a snapshot refreshed just after each change commits: on a
        // busy machine the first load may come before the public title's refresh, so it is reloaded.
        browser.within(Duration.ofSeconds(20), driver -> {
            browser.open(baseUrl() + "/status");
            browser.byId("overall");
            return driver.findElements(By.id(seed.open().reference())).stream()
                    .anyMatch(card -> browser.textOf(card).contains(seed.publicTitle()));
        });
        check("/status", fired);
        assertThat(browser.textOf(browser.byId(seed.open().reference()))).contains(seed.publicTitle());

        browser.signIn(baseUrl(), "user2@demo.local", "demo");
        browser.byId("current-user-name");
        visit("/", "outage-banner", fired);
        browser.click("notification-bell");
        browser.byId("notification-centre");
        check("/ notification centre", fired);
        visit("/reports/mine", "my-reports", fired);
        // A virtual list draws the rows in view: scroll through it until the payload's row is drawn.
        browser.within(Duration.ofSeconds(30), driver -> {
            boolean shown = browser.textOf(browser.byId("my-reports")).contains("<script>window.__pwned=1</script>");
            if (!shown) {
                browser.script("const list = document.getElementById('my-reports'); list.scrollTop += list.clientHeight;");
            }
            return shown;
        });
        check("/reports/mine scrolled", fired);

        browser = staff;
        browser.signIn(baseUrl(), "it@demo.local", "demo");
        browser.byId("current-user-name");
        visit("/triage", "triage-grid", fired);
        visit("/board", "board", fired);
        visit("/incidents/" + seed.open().id(), "incident-heading", fired);
        assertThat(browser.textOf(browser.byId("incident-heading"))).contains(seed.title());
        visit("/incidents/" + seed.resolved().id(), "incident-heading", fired);

        assertThat(fired).as("script that ran, alerts or console errors").isEmpty();
    }

    private void visit(String path, String waitForId, List<String> fired) {
        browser.open(baseUrl() + path);
        browser.byId(waitForId);
        check(path, fired);
    }

    /** Gives injected handlers (onload, onerror, autofocus) a moment, then reads the hook and the console. */
    private void check(String where, List<String> fired) {
        browser.awaitQuiet();
        Object pwned = browser.script("return window.__pwned === undefined ? null : String(window.__pwned);");
        Object alerted = browser.script("return window.__alerted;");
        if (pwned != null) {
            fired.add(where + ": window.__pwned=" + pwned);
        }
        if (alerted != null && ((Number) alerted).intValue() > 0) {
            fired.add(where + ": alert/confirm/prompt called " + alerted + " times");
        }
        browser.consoleErrors().stream().filter(error -> !error.contains("favicon"))
                .forEach(error -> fired.add(where + ": console " + error));
    }
}
