package org.outagedesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.NewIncident;
import org.outagedesk.incident.Scope;
import org.outagedesk.incident.Severity;
import org.outagedesk.testsupport.Browser;
import org.outagedesk.testsupport.LiveApplicationTest;
import org.outagedesk.testsupport.ProfileLanguages;
import org.outagedesk.testsupport.SignedIn;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The screens at phone width (390 px) and on a desktop (1280 px), measured in Chromium: the phase
 * stepper wraps instead of scrolling in its card, the board's columns stack, the metrics tables
 * read as cards, nothing scrolls sideways, and no side-navigation label is cut.
 */
class PhoneLayoutE2E extends LiveApplicationTest {

    @RegisterExtension
    final Browser browser = new Browser();

    @Autowired IncidentService incidents;
    @Autowired JdbcTemplate jdbc;

    private long number(String script) {
        return ((Number) browser.script(script)).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<Long> numbers(String script) {
        return ((List<Object>) browser.script(script)).stream().map(value -> ((Number) value).longValue()).toList();
    }

    /** Opens a page and waits until the element is there and Vaadin is quiet. */
    private void open(String path, String waitForId) {
        browser.open(baseUrl() + path);
        browser.within(Duration.ofSeconds(30), driver -> !driver.findElements(By.id(waitForId)).isEmpty());
        browser.awaitQuiet();
    }

    private long sidewaysOverflow() {
        return number("return document.scrollingElement.scrollWidth - window.innerWidth;");
    }

    @Test
    void onAPhoneTheScreensStackAndNothingScrollsSideways() {
        IncidentDetails incident = SignedIn.as(accounts, "it@demo.local", () -> incidents.open(new NewIncident(
                "Calendar invitations are not delivered", null, EnumSet.of(MailService.CALENDAR), Scope.GROUP,
                Severity.SEV3, List.of())));
        browser.windowSize(390, 844);
        browser.signIn(baseUrl(), "it@demo.local", "demo");
        browser.within(Duration.ofSeconds(30), driver -> !driver.getCurrentUrl().contains("/login"));

        open("/incidents/" + incident.id(), "incident-phases");
        assertThat(number("const s = document.getElementById('incident-phases'); return s.scrollWidth - s.clientWidth;"))
                .as("the stepper does not scroll inside its card").isLessThanOrEqualTo(0);
        assertThat(numbers("return [...document.querySelectorAll('#incident-phases > vaadin-button')]"
                + ".map(b => Math.round(b.getBoundingClientRect().right));"))
                .as("every step is within the window").allSatisfy(right -> assertThat(right).isLessThanOrEqualTo(390));
        assertThat(sidewaysOverflow()).as("incident page").isLessThanOrEqualTo(0);

        open("/board", "board-summary");
        assertThat(numbers("return [...document.querySelectorAll('.board-column')]"
                + ".map(c => Math.round(c.getBoundingClientRect().left));"))
                .as("the board's columns stand one under the other").hasSize(7).containsOnly(
                        number("return Math.round(document.querySelector('.board-column').getBoundingClientRect().left);"));
        assertThat(sidewaysOverflow()).as("board").isLessThanOrEqualTo(0);

        open("/metrics", "metrics-content");
        assertThat(browser.script("const row = document.querySelector('.figure-table tbody tr');"
                + " return row ? getComputedStyle(row).display : 'grid';")).as("a chart's table row is a card")
                .isEqualTo("grid");
        assertThat(sidewaysOverflow()).as("metrics").isLessThanOrEqualTo(0);
        open("/metrics/reviews", "review-outcomes");
        assertThat(sidewaysOverflow()).as("review outcomes").isLessThanOrEqualTo(0);
    }

    @Test
    void onADesktopTheStepperIsOneRowTheBoardSideBySideAndNavigationLabelsWhole() {
        IncidentDetails incident = SignedIn.as(accounts, "it@demo.local", () -> incidents.open(new NewIncident(
                "Shared mailboxes open slowly", null, EnumSet.of(MailService.IMAP_POP), Scope.GROUP,
                Severity.SEV4, List.of())));
        // The labels are longest in Spanish; the profile's language wins over the browser's.
        ProfileLanguages languages = new ProfileLanguages(jdbc);
        String before = languages.set("it@demo.local", "es");
        try {
            desktopChecks(incident);
        } finally {
            languages.set("it@demo.local", before);
        }
    }

    private void desktopChecks(IncidentDetails incident) {
        browser.signIn(baseUrl(), "it@demo.local", "demo");
        browser.within(Duration.ofSeconds(30), driver -> !driver.getCurrentUrl().contains("/login"));

        open("/incidents/" + incident.id(), "incident-phases");
        assertThat(numbers("return [...document.querySelectorAll('#incident-phases > vaadin-button')]"
                + ".map(b => Math.round(b.getBoundingClientRect().top));")).as("one row of steps").hasSize(7)
                .containsOnly(number("return Math.round(document.querySelector('#incident-phases > vaadin-button')"
                        + ".getBoundingClientRect().top);"));
        assertThat(numbers("return [...document.querySelectorAll('.side-nav-label')].map(l =>"
                + " Math.round(l.closest('vaadin-side-nav-item').getBoundingClientRect().right"
                + " - l.getBoundingClientRect().right));")).as("every label ends inside its item, none is cut")
                .isNotEmpty().allSatisfy(room -> assertThat(room).isNotNegative());
        assertThat(browser.script("return [...document.querySelectorAll('.side-nav-label')].map(l => l.textContent)"
                + ".join('|');")).asString().contains("Resultados de las revisiones");

        open("/board", "board-summary");
        assertThat(numbers("return [...document.querySelectorAll('.board-column')]"
                + ".map(c => Math.round(c.getBoundingClientRect().top));")).as("columns side by side").hasSize(7)
                .containsOnly(number("return Math.round(document.querySelector('.board-column').getBoundingClientRect().top);"));
    }
}
