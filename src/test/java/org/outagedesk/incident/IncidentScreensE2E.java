package org.outagedesk.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.outagedesk.account.AccountService;
import org.outagedesk.report.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The incident screens in real Chromium browsers, several people at once: a report reaches triage
 * and its reporter's "My reports" without reloading, and a phase change by one person shows on
 * another's board within a second.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT) // the real known outages, no test fakes
@DirtiesContext
class IncidentScreensE2E {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @Autowired IncidentService incidents;
    @Autowired AccountService accounts;
    @LocalServerPort int port;

    private final List<WebDriver> browsers = new ArrayList<>();
    private final List<Path> profiles = new ArrayList<>();

    @BeforeEach
    void needChromium() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "Chromium or chromedriver is missing (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "); install them with `apt-get install -y chromium chromium-driver`";
            if (Boolean.getBoolean("it.require")) {
                Assertions.fail(message);
            }
            Assumptions.abort("Skipped: " + message);
        }
    }

    @AfterEach
    void closeBrowsers() throws IOException {
        browsers.forEach(WebDriver::quit);
        for (Path profile : profiles) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void aPhaseChangeByOneShowsOnTheOthersBoardWithinASecond() throws IOException {
        SignedIn.as(accounts, "it@demo.local");
        IncidentDetails incident = incidents.open(new NewIncident("IMAP logins time out", null,
                EnumSet.of(MailService.IMAP_POP), Scope.ALL_USERS, Severity.SEV1, List.of()));
        SignedIn.out();
        WebDriver ivan = signedIn("it@demo.local");
        WebDriver priya = signedIn("it2@demo.local");
        for (WebDriver browser : List.of(ivan, priya)) {
            browser.get("http://localhost:" + port + "/board");
            waitFor(browser, Duration.ofSeconds(30), inColumn(incident, Phase.ASSESSMENT));
        }

        ivan.findElement(By.id("board-card-" + incident.id() + "-next")).click();

        waitFor(priya, Duration.ofSeconds(1), inColumn(incident, Phase.COMMUNICATION));
        assertThat(priya.findElements(inColumn(incident, Phase.ASSESSMENT))).isEmpty();
    }

    @Test
    void aReportReachesTriageLiveAndItsReporterSeesTheIncidentLive() throws IOException {
        WebDriver ivan = signedIn("it@demo.local");
        ivan.get("http://localhost:" + port + "/triage");
        waitFor(ivan, Duration.ofSeconds(30), By.id("triage-suggestions"));
        WebDriver lucia = signedIn("user@demo.local");
        lucia.get("http://localhost:" + port + "/report");
        waitFor(lucia, Duration.ofSeconds(30), By.id("report-submit"));

        click(lucia, By.cssSelector("#report-symptom vaadin-radio-button"));
        ((JavascriptExecutor) lucia).executeScript("document.getElementById('report-client').value = '1';");
        lucia.findElement(By.cssSelector("#report-error textarea, #report-error input"))
                .sendKeys("421 4.3.2 Service not available");
        click(lucia, By.id("report-submit"));
        waitFor(lucia, Duration.ofSeconds(30), By.cssSelector("#my-reports [id^=report-status-]"));

        waitFor(ivan, Duration.ofSeconds(5), By.id("triage-group-open-0"));
        assertThat(ivan.findElement(By.id("triage-grid")).getText()).contains("Lucía Romero");
        click(ivan, By.id("triage-group-open-0"));
        waitFor(ivan, Duration.ofSeconds(10), By.id("incident-form-open"));
        click(ivan, By.id("incident-form-open"));
        new WebDriverWait(ivan, Duration.ofSeconds(5)).until(driver -> {
            SignedIn.as(accounts, "it@demo.local");
            try {
                return !incidents.list(IncidentState.OPEN).isEmpty();
            } finally {
                SignedIn.out();
            }
        });

        // The card is re-rendered when the incident reaches it, so a found element can go stale before it is read.
        new WebDriverWait(lucia, Duration.ofSeconds(5), Duration.ofMillis(50))
                .ignoring(StaleElementReferenceException.class).until(driver ->
                driver.findElement(By.cssSelector("#my-reports [id^=report-status-]")).getText().contains("INC-"));
    }

    /** Clicks like a person who scrolled to it first (the form is longer than the window). */
    private static void click(WebDriver browser, By what) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
                browser.findElement(what));
    }

    private static By inColumn(IncidentDetails incident, Phase phase) {
        return By.cssSelector("#board-column-" + phase.name() + " #board-card-" + incident.id());
    }

    private static void waitFor(WebDriver browser, Duration timeout, By what) {
        new WebDriverWait(browser, timeout, Duration.ofMillis(50))
                .until(ExpectedConditions.presenceOfElementLocated(what));
    }

    private WebDriver signedIn(String email) throws IOException {
        Path profile = Files.createTempDirectory("outagedesk-e2e-");
        profiles.add(profile);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--window-size=1280,900", "--lang=en-US",
                "--user-data-dir=" + profile);
        WebDriver browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build(), options);
        browsers.add(browser);
        browser.get("http://localhost:" + port + "/login");
        By username = By.cssSelector("vaadin-login-form input[name=username]");
        waitFor(browser, Duration.ofSeconds(30), username);
        browser.findElement(username).sendKeys(email);
        browser.findElement(By.cssSelector("vaadin-login-form input[name=password]")).sendKeys("demo", Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(driver -> !driver.getCurrentUrl().contains("/login"));
        return browser;
    }
}
