package org.outagedesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.outagedesk.account.AccountService;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.NewIncident;
import org.outagedesk.incident.Phase;
import org.outagedesk.incident.Scope;
import org.outagedesk.incident.Severity;
import org.outagedesk.alert.AlertAdministration;
import org.outagedesk.report.SignedIn;
import org.outagedesk.runbook.RunbookService;
import org.outagedesk.testsupport.Browser;
import org.outagedesk.testsupport.MariaDbTestDatabase;
import org.outagedesk.testsupport.RequiredServices;
import org.outagedesk.testsupport.TcpProxy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database goes away while people work (a MariaDB restart, a cut network): the application
 * talks to the real MariaDB through a {@link TcpProxy} that the test cuts and restores. While it is
 * cut, the API answers 503 with a plain message and the report form shows a notification in the
 * user's language and keeps what was typed; once it is back, the same submit works without any
 * restart of the application, and exactly the reports that were confirmed are stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.hikari.connection-timeout=1000",
        "spring.datasource.hikari.validation-timeout=500",
        "spring.datasource.hikari.maximum-pool-size=5",
        "outagedesk.alerts.token=" + DatabaseOutageE2E.CONFIGURED_ALERT_TOKEN})
class DatabaseOutageE2E {

    static final String CONFIGURED_ALERT_TOKEN = "db-outage-configured-alert-token";

    private static TcpProxy proxy;

    @RegisterExtension
    final Browser lucia = new Browser();
    @RegisterExtension
    final Browser ivan = new Browser();

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired AccountService accounts;
    @Autowired IncidentService incidents;
    @Autowired RunbookService runbooks;
    @Autowired AlertAdministration alertAdministration;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void databaseBehindProxy(DynamicPropertyRegistry registry) throws IOException {
        if (!RequiredServices.mariaDbAnswers()) {
            return;
        }
        proxy = new TcpProxy("127.0.0.1", 3306);
        String database = MariaDbTestDatabase.fresh();
        registry.add("spring.datasource.url", () -> "jdbc:mariadb://127.0.0.1:" + proxy.port() + "/" + database);
        registry.add("spring.datasource.username", () -> RequiredServices.MARIADB_USER);
        registry.add("spring.datasource.password", () -> RequiredServices.MARIADB_PASSWORD);
    }

    @BeforeAll
    static void needsMariaDb() {
        RequiredServices.mariaDb();
    }

    @AfterAll
    static void closeProxy() {
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    void peopleAreToldAndNothingIsLostWhileTheDatabaseIsAway() throws Exception {
        assertThat(postReport("before").statusCode()).isEqualTo(201);
        lucia.signIn("http://localhost:" + port, "user@demo.local", "demo");
        lucia.byId("current-user-name");
        lucia.open("http://localhost:" + port + "/report");
        lucia.byId("report-submit");
        lucia.script("arguments[0].scrollIntoView({block:'center'}); arguments[0].click();",
                lucia.visible("#report-symptom vaadin-radio-button"));
        lucia.script("document.getElementById('report-client').value = '1';");
        String typed = "Outlook cannot connect since 9:10 " + System.nanoTime();
        WebElement description = lucia.visible("#report-description textarea");
        // Tab on, as a person does: a text area sends its value to the server when it loses focus, and
        // a scripted click on the button (unlike a real one) would not take the focus away.
        description.sendKeys(typed, Keys.TAB);

        proxy.cut();
        HttpResponse<String> refused = postReport("during");
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).contains("30");
        assertThat(refused.body()).contains("database cannot be reached").doesNotContain("Exception", "at org.");

        lucia.click("report-submit");
        lucia.awaitDeep("#error-notification, vaadin-notification-card", "database cannot be reached");
        assertThat(lucia.visible("#report-description textarea").getAttribute("value")).isEqualTo(typed);

        proxy.restore();
        // Repeat the same click until the report is stored; a click on a button that is busy (disabled
        // until the answer) or already gone (the view moved on to "my reports") is not repeated.
        lucia.within(Duration.ofSeconds(20), driver -> {
            lucia.script("""
                    const submit = document.getElementById('report-submit');
                    if (submit && !submit.disabled && !submit.hasAttribute('disabled')) {
                      submit.scrollIntoView({block: 'center'});
                      submit.click();
                    }""");
            return !lucia.deep("#my-reports").isEmpty();
        });
        assertThat(postReport("after").statusCode()).isEqualTo(201);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM problem_report WHERE description = ?", Integer.class, typed))
                .as("reports stored with the typed text; descriptions stored: %s",
                        jdbc.queryForList("SELECT description FROM problem_report", String.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT idempotency_key FROM problem_report WHERE idempotency_key LIKE 'outage-%'",
                String.class)).containsExactlyInAnyOrder("outage-before", "outage-after");
    }

    @Test
    void aChecklistCheckSaysTheDatabaseIsAwayAndWorksOnceItIsBack() {
        SignedIn.as(accounts, "it@demo.local");
        long incidentId = incidents.open(new NewIncident("Mail down for the check", null,
                Set.of(MailService.WEBMAIL), Scope.ALL_USERS, Severity.SEV2, List.of())).id();
        long itemId = runbooks.run(incidentId).orElseThrow().items().stream()
                .filter(item -> item.phase() == Phase.TROUBLESHOOTING).findFirst().orElseThrow().id();
        SignedIn.out();
        ivan.signIn("http://localhost:" + port, "it@demo.local", "demo");
        ivan.byId("current-user-name");
        ivan.open("http://localhost:" + port + "/incidents/" + incidentId);
        ivan.click("runbook-more-" + itemId);
        String check = ivan.within(Duration.ofSeconds(10), driver -> driver.findElements(
                By.cssSelector("[id^='runbook-check-" + itemId + "-probe-']")).stream().findFirst()
                .map(button -> button.getAttribute("id")).orElse(null));

        proxy.cut();
        try {
            ivan.click(check);
            ivan.awaitDeep("vaadin-notification-card", "database cannot be reached");
            ivan.within(Duration.ofSeconds(10), driver -> ivan.byId(check).isEnabled()
                    && !ivan.textOf(ivan.byId(check)).startsWith("Running"));
        } finally {
            proxy.restore();
        }
        ivan.within(Duration.ofSeconds(30), driver -> {
            ivan.script("const b = document.getElementById(arguments[0]); if (b && !b.disabled) { b.click(); }", check);
            // The item is in the page but may be scrolled out of view: its work area is below its phase's items.
            return ivan.textOf(ivan.present("#runbook-item-" + itemId)).contains("Probe · ");
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM runbook_item_evidence WHERE run_item_id = ?", Integer.class,
                itemId)).isPositive();
    }

    /**
     * A monitor's alert while the database is away: 503 with Retry-After, whether its token is
     * the configured one (checked without the database) or one stored in it; once the database
     * is back, the retried alert opens its incident.
     */
    @Test
    void alertWebhooksAnswer503WhileTheDatabaseIsAwayAndAreTakenOnceItIsBack() throws Exception {
        SignedIn.as(accounts, "admin@demo.local");
        String storedToken = alertAdministration.rotateToken();
        SignedIn.out();
        proxy.cut();
        try {
            for (String token : List.of(storedToken, CONFIGURED_ALERT_TOKEN)) {
                HttpResponse<String> refused = postAlert(token);
                assertThat(refused.statusCode()).as("alert with token %s...", token.substring(0, 6)).isEqualTo(503);
                assertThat(refused.headers().firstValue("Retry-After")).contains("30");
                assertThat(refused.body()).contains("\"error\":\"unavailable\"", "cannot be reached")
                        .doesNotContain("Exception", "at org.");
            }
        } finally {
            proxy.restore();
        }
        HttpResponse<String> taken = lucia.within(Duration.ofSeconds(20), driver -> {
            try {
                HttpResponse<String> answer = postAlert(storedToken);
                return answer.statusCode() == 200 ? answer : null;
            } catch (Exception e) {
                return null;
            }
        });
        assertThat(taken.body()).contains("\"outcome\":\"OPENED\"");
    }

    private HttpResponse<String> postAlert(String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/alerts/generic"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"source":"uptime-kuma","key":"db-outage-imap","status":"firing",
                         "title":"IMAP is not answering","severity":"major","services":["imap"]}"""))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postReport(String key) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/reports"))
                .header("Authorization", "Bearer demo-user-token").header("Content-Type", "application/json")
                .header("Accept-Language", "en").header("Idempotency-Key", "outage-" + key)
                .timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"symptom\":\"CANNOT_SEND\",\"service\":\"WEBMAIL\",\"description\":\"API " + key + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
