package org.outagedesk.runbook;

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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.outagedesk.account.AccountService;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.NewIncident;
import org.outagedesk.incident.Scope;
import org.outagedesk.incident.Severity;
import org.outagedesk.report.SignedIn;
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

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Duration WITHIN_A_SECOND = Duration.ofSeconds(1);

    @Autowired IncidentService incidents;
    @Autowired RunbookService runbooks;
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
    void twoPeopleWorkTheChecklistTogetherAndSeeEachOtherWithinASecond() throws IOException {
        SignedIn.as(accounts, "it@demo.local");
        IncidentDetails incident = incidents.open(new NewIncident("Mail server not answering", null,
                EnumSet.of(MailService.IMAP_POP), Scope.ALL_USERS, Severity.SEV1, List.of()));
        RunbookRun run = runbooks.run(incident.id()).orElseThrow();
        SignedIn.out();
        long confirm = id(run, "1.1");
        long logs = id(run, "3.2");
        long testMail = id(run, "5.1");
        long queued = id(run, "5.2");

        WebDriver ivan = signedIn("it@demo.local");
        WebDriver priya = signedIn("it2@demo.local");
        for (WebDriver browser : List.of(ivan, priya)) {
            browser.get("http://localhost:" + port + "/incidents/" + incident.id());
            waitFor(browser, Duration.ofSeconds(30), By.id("runbook-done-" + confirm));
        }

        click(ivan, By.id("runbook-done-" + confirm));
        waitFor(ivan, Duration.ofSeconds(5), By.cssSelector("#runbook-item-" + confirm + "[data-state=DONE]"));
        waitFor(priya, WITHIN_A_SECOND, By.cssSelector("#runbook-item-" + confirm + "[data-state=DONE]"));

        click(priya, By.id("runbook-done-" + logs));
        waitFor(ivan, WITHIN_A_SECOND, By.cssSelector("#runbook-item-" + logs + "[data-state=DONE]"));

        priya.findElement(By.cssSelector("#runbook-note-" + logs + " input")).sendKeys("Disk full on /var/spool");
        click(priya, By.id("runbook-note-add-" + logs));
        waitForText(ivan, "runbook-item-" + logs, "Disk full on /var/spool");

        ivan.findElement(By.cssSelector("#runbook-note-" + confirm + " input")).sendKeys("No answer on 25, 143, 443");
        click(ivan, By.id("runbook-note-add-" + confirm));
        waitForText(priya, "runbook-item-" + confirm, "No answer on 25, 143, 443");

        click(ivan, By.id("runbook-sign-" + testMail));
        waitForText(priya, "runbook-item-" + testMail, "Iván Torres");
        click(ivan, By.id("runbook-sign-" + testMail));
        new WebDriverWait(ivan, Duration.ofSeconds(5), Duration.ofMillis(50)).until(driver -> notifications(driver)
                .contains("the second signature must come from someone else"));
        click(priya, By.id("runbook-sign-" + testMail));
        waitFor(ivan, WITHIN_A_SECOND, By.cssSelector("#runbook-item-" + testMail + "[data-state=DONE]"));
        assertThat(text(ivan, "runbook-item-" + testMail)).contains("Iván Torres", "Priya Shah");

        click(priya, By.id("runbook-sign-" + queued));
        waitForText(ivan, "runbook-item-" + queued, "Priya Shah");
        click(ivan, By.id("runbook-sign-" + queued));
        waitFor(priya, WITHIN_A_SECOND, By.cssSelector("#runbook-item-" + queued + "[data-state=DONE]"));

        SignedIn.as(accounts, "it@demo.local");
        RunbookItem signed = runbooks.run(incident.id()).orElseThrow().item(testMail);
        SignedIn.out();
        assertThat(signed.firstSignerName()).isEqualTo("Iván Torres");
        assertThat(signed.secondSignerName()).isEqualTo("Priya Shah");
    }

    private static long id(RunbookRun run, String number) {
        return run.items().stream().filter(item -> item.number().equals(number)).findFirst().orElseThrow().id();
    }

    private static String notifications(WebDriver browser) {
        return String.valueOf(((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('vaadin-notification-card'))"
                        + ".map(card => card.textContent).join(' ');"));
    }

    private static String text(WebDriver browser, String id) {
        return textContent(browser, id);
    }

    private static String textContent(WebDriver browser, String id) {
        return String.valueOf(((JavascriptExecutor) browser).executeScript(
                "const e = document.getElementById(arguments[0]); return e ? e.textContent : '';", id));
    }

    private static void waitForText(WebDriver browser, String id, String text) {
        try {
            new WebDriverWait(browser, WITHIN_A_SECOND, Duration.ofMillis(50))
                    .until(driver -> textContent(driver, id).contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Not within a second: " + text + " in " + id + "; shows "
                    + textContent(browser, id) + "; notifications " + notifications(browser), e);
        }
    }

    private static void click(WebDriver browser, By what) {
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", browser.findElement(what));
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
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> !driver.getCurrentUrl().contains("/login"));
        return browser;
    }
}
