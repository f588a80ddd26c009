package org.outagedesk.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.outagedesk.report.SignedIn;
import org.outagedesk.testsupport.Browser;
import org.outagedesk.testsupport.LiveApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Planned maintenance in Chromium: IT staff schedule a window on the maintenance screen (the form's
 * sensible defaults, a title in each language), find it on the status page and in the feed as
 * scheduled; moved to start in a few seconds, the page in the browser shows it in progress, then
 * completed, by itself. The signed-in portal shows the banner meanwhile.
 */
class MaintenanceE2E extends LiveApplicationTest {

    private static final Duration STEP = Duration.ofSeconds(30);
    /** The page rebuilds at each maintenance step; should that rebuild fail, the minute's rebuild follows. */
    private static final Duration CLOCK_STEP = Duration.ofSeconds(75);

    @RegisterExtension final Browser ivan = new Browser();

    @Autowired MaintenanceService maintenance;
    @Autowired JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void cleanUp() {
        jdbc.update("delete from maintenance_window");
        SignedIn.out();
    }

    @Test
    void scheduledOnTheScreenShownOnThePageAndFeedThenStartsAndEndsByItself() throws Exception {
        String base = baseUrl();
        ivan.signIn(base, "it@demo.local", "demo");
        ivan.within(Duration.ofSeconds(120), driver -> !driver.findElements(By.id("current-user-name")).isEmpty());
        ivan.open(base + "/maintenance");
        ivan.click("maintenance-add");
        ivan.within(STEP, driver -> !driver.findElements(By.id("maintenance-save")).isEmpty());
        WebElement webmail = ivan.within(STEP, driver -> ivan.deep("#maintenance-services vaadin-checkbox").stream()
                .filter(box -> ivan.textOf(box).contains("Webmail") || ivan.textOf(box).contains("Correo web"))
                .findFirst().orElse(null));
        ivan.script("arguments[0].click();", webmail);
        type("maintenance-title-es", "Nuevo correo web");
        type("maintenance-title-en", "New webmail");
        ivan.click("maintenance-save");
        ivan.within(STEP, driver -> ivan.deep("vaadin-grid-cell-content").stream()
                .anyMatch(cell -> ivan.textOf(cell).contains("ew webmail") || ivan.textOf(cell).contains("correo web")));
        ivan.screenshotsForDocs("maintenance-admin");

        SignedIn.as(accounts, "it@demo.local");
        MaintenanceWindow window = maintenance.recent().stream()
                .filter(candidate -> "New webmail".equals(candidate.titleEn())).findFirst().orElseThrow();
        assertThat(window.services()).containsExactly(org.outagedesk.incident.MailService.WEBMAIL);
        assertThat(window.startsAt()).isAfter(Instant.now());

        ivan.open(base + "/status?lang=en");
        assertThat(stateOf(window)).isEqualTo("Scheduled");
        assertThat(get("/status/feed.atom?lang=en")).contains("Maintenance Scheduled: New webmail");
        ivan.open(base + "/");
        ivan.within(STEP, driver -> !driver.findElements(By.id("maintenance-banner-" + window.id())).isEmpty());

        Instant start = Instant.now().plusSeconds(4);
        MaintenanceWindow soon = maintenance.change(window.id(), window.version(), new MaintenanceDraft(
                window.services(), start, start.plusSeconds(12), window.titleEs(), window.titleEn(), null, null,
                window.audience()));
        ivan.within(CLOCK_STEP, driver -> {
            ivan.open(fresh(base));
            return "In progress".equals(stateOf(soon));
        });
        // Other tests of the shared application may have incidents open: an incident outranks maintenance.
        assertThat(get("/api/v1/status")).containsAnyOf("\"webmail\":\"maintenance\"", "\"webmail\":\"affected\"");
        ivan.screenshotsForDocs("status-maintenance");
        ivan.within(CLOCK_STEP, driver -> {
            ivan.open(fresh(base));
            return "Completed".equals(stateOf(soon));
        });
        assertThat(get("/status/feed.atom?lang=en")).contains("urn:outagedesk:maintenance:" + soon.id() + ":in_progress",
                "urn:outagedesk:maintenance:" + soon.id() + ":completed");
    }

    /**
     * The page at an address the browser has not cached: it may reuse a copy for max-age (15 s) by
     * design; here the server's own change is under test.
     */
    private String fresh(String base) {
        return base + "/status?lang=en&visit=" + System.nanoTime();
    }

    private void type(String id, String text) {
        WebElement input = ivan.within(STEP, driver -> driver.findElement(By.cssSelector("#" + id + " input")));
        ivan.script("arguments[0].focus();", input);
        input.sendKeys(text, Keys.TAB); // leaving the field sends its value, as a person does
        ivan.within(STEP, driver -> text.equals(ivan.script("return document.getElementById(arguments[0]).value;",
                id)));
    }

    /** The state chip of the window on the page, or "" when it is not there. */
    private String stateOf(MaintenanceWindow window) {
        return String.valueOf(ivan.script("const a = document.getElementById(arguments[0]);"
                + " if (!a) return ''; const c = a.querySelector('.chip'); return c ? c.textContent : '';",
                "maintenance-" + window.id()));
    }

    private String get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
