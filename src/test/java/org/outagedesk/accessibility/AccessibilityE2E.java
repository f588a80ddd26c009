package org.outagedesk.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.providers.StringAxeScriptProvider;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
import org.outagedesk.review.ReviewFixture;
import org.outagedesk.review.ReviewService;
import org.outagedesk.testsupport.Browser;
import org.outagedesk.testsupport.LiveApplicationTest;
import org.outagedesk.testsupport.OtherLanguageWords;
import org.outagedesk.testsupport.ProfileLanguages;
import org.outagedesk.testsupport.WrittenByPeople;
import org.outagedesk.testsupport.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The current axe-core (WCAG 2.0, 2.1 and 2.2 A and AA tags) on every page, for every role that
 * has it, at desktop and phone width, in Spanish and in English: any violation of any impact fails,
 * each page must declare the language it is shown in ({@code <html lang>}) and show no word of the
 * other language ({@link OtherLanguageWords}) beyond what people wrote. To check a new page,
 * add a line to {@link #pages(long)}: who signs in (null for anonymous), the path, and the id of an
 * element that shows once the page has rendered.
 */
class AccessibilityE2E extends LiveApplicationTest {

    static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    static final int[][] WIDTHS = {{1280, 900}, {390, 844}};

    /** One page as one person sees it; {@code who} is a demo login or null for anonymous. */
    record Page(String who, String path, String readyId) {}

    /**
     * A violation inside a Vaadin web component that the application cannot change, accepted on
     * exactly this rule, element and failure, with its upstream issue. Each one is listed in
     * docs/accessibility.md.
     */
    record KnownIssue(String rule, String htmlStart, String failureContains, String upstream) {
        boolean matches(Rule violated, CheckedNode node) {
            return violated.getId().equals(rule) && String.valueOf(node.getHtml()).startsWith(htmlStart)
                    && String.valueOf(node.getFailureSummary()).contains(failureContains);
        }
    }

    static final List<KnownIssue> KNOWN = List.of(
            // A required <vaadin-select> copies aria-required="true" onto its internal value button,
            // whose role is "button", where ARIA does not allow it. The form says "required" in the
            // select's helper text (its accessible description) meanwhile: checked below.
            new KnownIssue("aria-allowed-attr", "<vaadin-select-value-button", "aria-required=\"true\"",
                    "https://github.com/vaadin/web-components/issues/7337"));

    @RegisterExtension final Browser browser = new Browser();

    @Autowired IncidentService incidents;
    @Autowired StatusUpdateService updates;
    @Autowired ReportService reports;
    @Autowired ReviewService reviews;
    @Autowired JdbcTemplate jdbc;

    static List<Page> pages(long incidentId, long reviewedId) {
        return List.of(
                new Page(null, "/login", "login-form"),
                new Page(null, "/register", "register-login-link"),
                new Page(null, "/forgot-password", "forgot-login-link"),
                new Page(null, "/reset-password?token=not-a-real-token", "reset-submit"),
                new Page(null, "/verify-email?token=not-a-real-token", "verify-result"),
                new Page(null, "/status", "overall"),
                new Page("user@demo.local", "/", "current-user-name"),
                new Page("user@demo.local", "/report", "report-submit"),
                new Page("user@demo.local", "/reports/mine", "my-reports"),
                new Page("user@demo.local", "/profile", "current-user-name"),
                new Page("it@demo.local", "/", "current-user-name"),
                new Page("it@demo.local", "/triage", "triage-grid"),
                new Page("it@demo.local", "/board", "board"),
                new Page("it@demo.local", "/incidents/" + incidentId, "incident-heading"),
                new Page("it@demo.local", "/probes", "probe-cards"),
                new Page("it@demo.local", "/maintenance", "maintenance-add"),
                new Page(null, "/status/history", "zone"),
                new Page("admin@demo.local", "/", "current-user-name"),
                new Page("admin@demo.local", "/admin/users", "current-user-name"),
                new Page("admin@demo.local", "/admin/runbooks", "current-user-name"),
                new Page("admin@demo.local", "/admin/webhooks", "current-user-name"),
                new Page("admin@demo.local", "/admin/probes", "probe-add"),
                new Page("admin@demo.local", "/admin/alerts", "current-user-name"),
                new Page("admin@demo.local", "/admin/status-mirror", "mirror-write-now"),
                new Page("admin@demo.local", "/profile/tokens", "current-user-name"),
                new Page("manager@demo.local", "/", "current-user-name"),
                new Page("manager@demo.local", "/metrics", "metrics-csv"),
                new Page("manager@demo.local", "/metrics/reviews", "current-user-name"),
                new Page("manager@demo.local", "/action-items", "current-user-name"),
                new Page("manager@demo.local", "/board", "board"),
                new Page("manager@demo.local", "/incidents/" + incidentId, "incident-heading"),
                new Page("manager@demo.local", "/incidents/" + reviewedId + "/review", "current-user-name"),
                new Page("manager@demo.local", "/incidents/" + reviewedId + "/review/print", "review-print-now"));
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"en", "es"})
    void noViolationOnAnyPageForAnyRoleAtAnyWidth(String language) {
        IncidentDetails incident = openIncidentWithUpdateAndQueuedReport();
        IncidentDetails reviewed = SignedIn.as(accounts, "it@demo.local", () -> {
            IncidentDetails resolved = new ReviewFixture(jdbc, accounts, incidents)
                    .resolvedIncident("Mail store full", Severity.SEV2, "it@demo.local");
            reviews.start(resolved.id(), language);
            return resolved;
        });
        Map<String, String> savedLanguages = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        Map<String, Integer> needsReview = new TreeMap<>();
        String signedInAs = null;
        int runs = 0;
        long started = System.nanoTime();
        browser.acceptLanguage(language + (language.equals("en") ? "-US,en;q=0.9" : "-ES,es;q=0.9"));
        try {
            for (Page page : pages(incident.id(), reviewed.id())) {
                if (page.who() != null && !page.who().equals(signedInAs)) {
                    savedLanguages.putIfAbsent(page.who(), new ProfileLanguages(jdbc).of(page.who()));
                    setProfileLanguage(page.who(), language);
                    leavePage();
                    browser.windowSize(WIDTHS[0][0], WIDTHS[0][1]); // the name shows only on a wide page
                    browser.signIn(baseUrl(), page.who(), "demo");
                    browser.byId("current-user-name");
                    signedInAs = page.who();
                }
                if (page.who() == null && signedInAs != null) {
                    leavePage();
                    signedInAs = null;
                }
                String who = page.who() == null ? "anonymous" : page.who();
                try {
                    browser.windowSize(WIDTHS[0][0], WIDTHS[0][1]);
                    browser.open(baseUrl() + page.path());
                    browser.byId(page.readyId());
                    String declared = browser.documentLanguage();
                    if (!language.equals(declared)) {
                        problems.add(who + " " + page.path() + ": <html lang=\"" + declared + "\"> on a page shown in "
                                + language);
                    }
                    browser.awaitQuiet();
                    Set<String> otherLanguage = WrittenByPeople.otherLanguageWords(shownText(), language,
                            this::writtenByPeople);
                    if (!otherLanguage.isEmpty()) {
                        problems.add(who + " " + page.path() + ": words of the other language on a page shown in "
                                + language + ": " + otherLanguage);
                    }
                    for (int[] size : WIDTHS) {
                        browser.windowSize(size[0], size[1]);
                        browser.awaitQuiet();
                        String where = who + " " + page.path() + " @" + size[0] + "px " + language;
                        Results results = analyse();
                        collect(where, results, problems, accepted);
                        for (Rule unsure : results.getIncomplete()) {
                            needsReview.merge(unsure.getId(), 1, Integer::sum);
                            System.out.println("AXE review " + where + ": " + unsure.getId() + " on "
                                    + unsure.getNodes().size() + " elements, e.g. " + unsure.getNodes().stream()
                                            .limit(3).map(node -> node.getTarget() + " " + abbreviate(node.getHtml()))
                                            .toList());
                        }
                        runs++;
                    }
                    if (page.path().equals("/report")) {
                        assertRequiredSelectSaysSo(language, problems);
                    }
                    if (page.who() != null && page.path().equals("/")) {
                        String offered = browser.byId("language-switch").getDomAttribute("lang");
                        if (offered == null || offered.equals(language)) {
                            problems.add(who + " /: the switch to the other language is marked lang=\"" + offered + "\"");
                        }
                    }
                } catch (RuntimeException failed) {
                    // A page that does not render is a finding too; the sweep goes on to the others.
                    problems.add(who + " " + page.path() + " " + language + ": did not render: "
                            + abbreviate(failed.getMessage().lines().findFirst().orElse("")));
                }
            }
        } finally {
            savedLanguages.forEach(this::setProfileLanguage);
        }
        System.out.println("AXE " + language + ": " + runs + " runs (" + pages(0, 0).size() + " page x role, "
                + WIDTHS.length + " widths) in " + (System.nanoTime() - started) / 1_000_000 + " ms; needs review "
                + needsReview + "; accepted known component issues: " + accepted.size());
        accepted.forEach(line -> System.out.println("AXE accepted " + line));
        problems.forEach(problem -> System.out.println("AXE " + problem));
        assertThat(problems).as("WCAG A/AA violations and wrong page languages").isEmpty();
    }

    @Test
    void boardCountIsAnnouncedPolitely() {
        browser.signIn(baseUrl(), "it@demo.local", "demo");
        browser.byId("current-user-name");
        browser.open(baseUrl() + "/board");
        assertThat(browser.byId("board-summary").getDomAttribute("aria-live")).isEqualTo("polite");
        assertThat(browser.byId("board-summary").getDomAttribute("role")).isEqualTo("status");
    }

    /**
     * Closes the page (its push connection and heartbeat stop) before its cookies go: a request
     * still in flight from it would otherwise start a session whose cookie replaces the one the
     * next sign-in page issued its CSRF token for, and the sign-in is refused.
     */
    private void leavePage() {
        browser.open("about:blank");
        browser.driver().executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    private IncidentDetails openIncidentWithUpdateAndQueuedReport() {
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
        // My reports shows its list (not the empty state) for the end user, long enough to scroll.
        SignedIn.as(accounts, "user@demo.local", () -> IntStream.range(0, 5).mapToObj(n -> reports.submit(
                new NewReport(Symptom.CANNOT_RECEIVE, MailClient.WEBMAIL, "No new mail since ten (" + n + ")", null,
                        null, null, null, null), null)).toList());
        return incident;
    }

    /**
     * axe in the page (legacy mode): the default mode opens about:blank in a new tab to merge frame
     * results and cuts the page-load timeout to 1 s meanwhile, which a busy 2-core runner misses; the
     * portal has no iframes, so nothing is lost. Passes are counted, not listed, to keep it quick.
     */
    private Results analyse() {
        AxeRunOnlyOptions tags = new AxeRunOnlyOptions();
        tags.setType("tag");
        tags.setValues(WCAG_A_AA);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(tags);
        options.setResultTypes(List.of("violations", "incomplete"));
        return new AxeBuilder().setAxeScriptProvider(new StringAxeScriptProvider(AXE_SCRIPT))
                .withOptions(options).setLegacyMode(true).analyze(browser.driver());
    }

    /** The axe-core release the build fetched (pom.xml, download-maven-plugin), not the older one Deque's jar bundles. */
    private static final String AXE_SCRIPT = readAxeScript();

    private static String readAxeScript() {
        Path script = Path.of(System.getProperty("axe.script", "target/axe-core/package/axe.min.js"));
        try {
            return Files.readString(script);
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core script not found at " + script + "; run the build (./mvnw verify)", e);
        }
    }

    private static void collect(String where, Results results, List<String> problems, List<String> accepted) {
        for (Rule rule : results.getViolations()) {
            List<CheckedNode> open = new ArrayList<>();
            for (CheckedNode node : rule.getNodes()) {
                KNOWN.stream().filter(known -> known.matches(rule, node)).findFirst().ifPresentOrElse(
                        known -> accepted.add(where + ": " + rule.getId() + " at " + node.getTarget() + " ("
                                + known.upstream() + ")"),
                        () -> open.add(node));
            }
            if (!open.isEmpty()) {
                problems.add(where + ": " + rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + ") at "
                        + open.stream().map(node -> node.getTarget() + " " + abbreviate(node.getHtml()) + " -- "
                                + abbreviate(node.getFailureSummary())).toList());
            }
        }
    }

    /**
     * What the page shows, without the texts this test's pages show as people wrote them (they stay as
     * written, in whatever language they were written in); the rest of the database's are set aside
     * only where a page shows words of the other language ({@link #writtenByPeople}).
     */
    private String shownText() {
        String text = browser.shownText();
        for (String written : WRITTEN_BY_PEOPLE) {
            text = text.replace(written, " ");
        }
        return text;
    }

    /** Every text people wrote in the shared database, read once per sweep and only when a page needs it. */
    private List<String> writtenByPeople() {
        if (writtenByPeople == null) {
            writtenByPeople = WrittenByPeople.texts(jdbc);
        }
        return writtenByPeople;
    }

    private List<String> writtenByPeople;

    static final List<String> WRITTEN_BY_PEOPLE = List.of("Outgoing mail delayed", "Queues grow on mx1",
            "Queues are draining.", "Use webmail.", "Mail store full", "Sending fails since nine",
            "No new mail since ten", "Dirección", "Demo", "demo.local", "Línea", "Verifica");

    /** The required mail-client select's accessible description says it is required (see KNOWN). */
    private void assertRequiredSelectSaysSo(String language, List<String> problems) {
        Object description = browser.script("""
                const button = document.querySelector('#report-client vaadin-select-value-button');
                return (button.getAttribute('aria-describedby') || '').split(' ')
                    .map(id => document.getElementById(id)).filter(e => e).map(e => e.textContent).join(' ');""");
        String required = language.equals("es") ? "Obligatorio" : "Required";
        if (!String.valueOf(description).contains(required)) {
            problems.add("/report " + language + ": the mail-client select's description is \"" + description
                    + "\", without \"" + required + "\"");
        }
    }

    private void setProfileLanguage(String email, String language) {
        new ProfileLanguages(jdbc).set(email, language);
    }

    private static String abbreviate(String text) {
        String flat = String.valueOf(text).replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
