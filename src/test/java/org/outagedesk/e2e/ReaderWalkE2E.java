package org.outagedesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import org.outagedesk.account.Role;
import org.outagedesk.base.ReaderTime;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentEdit;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.NewIncident;
import org.outagedesk.incident.ResolutionSummary;
import org.outagedesk.incident.Scope;
import org.outagedesk.incident.Severity;
import org.outagedesk.incident.StatusUpdateService;
import org.outagedesk.report.MailClient;
import org.outagedesk.report.ReportService;
import org.outagedesk.report.ReportSummary;
import org.outagedesk.report.Symptom;
import org.outagedesk.report.TestPeople;
import org.outagedesk.review.ReviewService;
import org.outagedesk.testsupport.Browser;
import org.outagedesk.testsupport.LiveApplicationTest;
import org.outagedesk.testsupport.Mailbox;
import org.outagedesk.testsupport.OtherLanguageWords;
import org.outagedesk.testsupport.SignedIn;
import org.outagedesk.testsupport.TestAccounts;
import org.outagedesk.testsupport.WrittenByPeople;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * One outage read by three people, each in their own language and clock, none of them the
 * server's: Emma, an English-speaking end user in New York; Pilar, a Spanish-speaking IT person
 * in Madrid; Ken, an English-speaking manager in Tokyo. Emma reports, Pilar opens the incident,
 * posts an update with an ETA from the incident page and publishes the resolution, a review
 * starts, Ken reads it. Every page, banner, e-mail (read over IMAP) and the feed each of them
 * sees is in their language (no word of the other language beyond what people wrote), and the
 * ETA reads as their own clock shows it.
 */
class ReaderWalkE2E extends LiveApplicationTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @RegisterExtension final Browser emma = new Browser();
    @RegisterExtension final Browser pilar = new Browser();
    @RegisterExtension final Browser ken = new Browser();

    @Autowired JdbcTemplate jdbc;
    @Autowired PasswordEncoder passwords;
    @Autowired IncidentService incidents;
    @Autowired StatusUpdateService updates;
    @Autowired ReportService reports;
    @Autowired ReviewService reviews;

    private final List<String> writtenByPeople = new ArrayList<>();

    @Test
    void everyoneReadsTheOutageInTheirOwnLanguageAndClock() throws Exception {
        assertThat(List.of(NEW_YORK, MADRID, TOKYO)).as("the server's zone must be none of the readers'")
                .doesNotContain(ZoneId.systemDefault());
        String tag = Long.toHexString(System.nanoTime());
        String emmaAddress = person("emma-" + tag, "Emma Walker", "en", NEW_YORK, Role.END_USER);
        String pilarAddress = person("pilar-" + tag, "Pilar Ortega", "es", MADRID, Role.IT_STAFF);
        String kenAddress = person("ken-" + tag, "Ken Sato", "en", TOKYO, Role.MANAGER);
        signIn(emma, emmaAddress, "en-US,en;q=0.9", NEW_YORK);
        signIn(pilar, pilarAddress, "es-ES,es;q=0.9", MADRID);
        signIn(ken, kenAddress, "en-GB,en;q=0.9", TOKYO);

        ReportSummary report = TestPeople.reportAs(accounts, reports, emmaAddress, Symptom.CANNOT_SEND,
                MailClient.WEBMAIL, "451 4.7.0 Temporary server error", Instant.now());
        // Pilar finds it in triage: the card reads the server's reply in Spanish.
        pilar.open(baseUrl() + "/triage");
        pilar.awaitDeep(".suggestion-reading", "Lectura:");
        // Only the readings: the queue beside them shows, clipped, whatever other tests reported.
        String readings = String.valueOf(pilar.script("return [...document.querySelectorAll('.suggestion-reading')]"
                + ".map(reading => reading.textContent).join(' ');"));
        assertThat(OtherLanguageWords.in(readings, "es")).as("the catalogue's reading of the errors, in Spanish: %s",
                readings).isEmpty();
        pilar.screenshotsForDocs("reader-es-triage");

        String title = "Relé de salida caído " + tag;
        Instant eta = Instant.now().plus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        IncidentDetails incident = SignedIn.as(accounts, pilarAddress, () -> {
            IncidentDetails opened = incidents.open(new NewIncident(title, null, EnumSet.of(MailService.OUTBOUND_SMTP),
                    Scope.ALL_USERS, Severity.SEV2, List.of(report.id())));
            return incidents.change(opened.id(), opened.version(), new IncidentEdit.ChangeEta(eta));
        });
        written(title, "451 4.7.0 Temporary server error", "Emma Walker", "Pilar Ortega", "Ken Sato");

        // Pilar posts the update with its ETA from the incident page, in Spanish.
        String message = "El certificado del relé caducó; estamos instalando uno nuevo " + tag;
        written(message, "Use webmail.", "Utilice el correo web.");
        pilar.open(baseUrl() + "/incidents/" + incident.id());
        pilar.click("update-new");
        WebElement text = pilar.visible("#update-message textarea");
        text.clear();
        text.sendKeys(message);
        pilar.byId("update-send").click();
        pilar.awaitDeep(".status-update", message);
        assertOwnLanguage(pilar, "es", "incident page");
        assertThat(pageText(pilar)).contains(time(eta, MADRID, "es"));
        pilar.open(baseUrl() + "/incidents/" + incident.id()); // opened afresh, at its top
        pilar.byId("incident-heading");
        pilar.screenshotsForDocs("reader-es-incident");
        pilar.open(baseUrl() + "/board");
        pilar.byId("board-summary");
        assertOwnLanguage(pilar, "es", "board");
        pilar.screenshotsForDocs("reader-es-board");

        // Emma sees it on My reports, in English, with the ETA of New York.
        emma.open(baseUrl() + "/reports/mine");
        emma.awaitText("outage-banner-text", message);
        assertThat(emma.textOf(emma.byId("outage-banner"))).contains(time(eta, NEW_YORK, "en"))
                .doesNotContain(time(eta, MADRID, "en"));
        assertOwnLanguage(emma, "en", "My reports with the banner");
        emma.screenshotsForDocs("reader-en-my-reports");

        // ... and by e-mail, in English, with the ETA of New York and its zone named.
        Mailbox.Mail update = awaitMail(emmaAddress, incident.reference(), message);
        assertThat(update.text()).contains(time(eta, NEW_YORK, "en") + " (" + NEW_YORK.getId() + ")");
        assertThat(OtherLanguageWords.in(withoutWritten(update.subject() + "\n" + update.text()), "en"))
                .as("words of Spanish in Emma's e-mail").isEmpty();

        // Pilar resolves; Emma reads the resolution in English, by mail too.
        String summary = "Se instaló un certificado nuevo en el relé " + tag;
        String cause = "El certificado caducó sin aviso.";
        String prevention = "Alertas de caducidad a 30 días.";
        written(summary, cause, prevention);
        SignedIn.as(accounts, pilarAddress, () -> {
            IncidentDetails current = incidents.find(incident.id()).orElseThrow();
            incidents.resolve(incident.id(), current.version());
            return updates.publishSummary(incident.id(), new ResolutionSummary(summary, cause, prevention));
        });
        emma.open(baseUrl() + "/reports/mine");
        emma.awaitDeep("*", summary);
        assertOwnLanguage(emma, "en", "My reports after the resolution");
        emma.screenshotsForDocs("reader-en-my-reports-resolved");
        Mailbox.Mail resolved = awaitMail(emmaAddress, incident.reference(), summary);
        assertThat(OtherLanguageWords.in(withoutWritten(resolved.subject() + "\n" + resolved.text()), "en"))
                .as("words of Spanish in Emma's resolution e-mail").isEmpty();

        // The review starts (Pilar, in Spanish); Ken reads the incident and the review in English, Tokyo time.
        SignedIn.as(accounts, pilarAddress, () -> reviews.start(incident.id(), "es"));
        ken.open(baseUrl() + "/incidents/" + incident.id());
        ken.byId("incident-heading");
        ken.awaitQuiet();
        assertThat(pageText(ken)).contains(time(eta, TOKYO, "en"));
        assertOwnLanguage(ken, "en", "incident page");
        ken.open(baseUrl() + "/incidents/" + incident.id() + "/review");
        ken.byId("current-user-name");
        ken.awaitQuiet();
        assertOwnLanguage(ken, "en", "review");
        ken.screenshotsForDocs("reader-en-review-tokyo");

        // The public feed names the zone of its times.
        String feed = get("/status/feed.atom?lang=en");
        assertThat(feed).contains(incident.reference());
    }

    private String person(String name, String displayName, String language, ZoneId zone, Role role) {
        String email = name + "@demo.local";
        TestAccounts.insert(jdbc, passwords, email, displayName, "demo", role);
        jdbc.update("update user_account set language = ?, time_zone = ? where email = ?", language, zone.getId(),
                email);
        return email;
    }

    private void signIn(Browser browser, String email, String languages, ZoneId zone) {
        browser.acceptLanguage(languages);
        browser.timeZone(zone.getId());
        browser.signIn(baseUrl(), email, "demo");
        browser.byId("current-user-name");
    }

    private void written(String... texts) {
        writtenByPeople.addAll(List.of(texts));
    }

    private String withoutWritten(String text) {
        String rest = text;
        for (String written : writtenByPeople) {
            rest = rest.replace(written, " ");
        }
        return rest;
    }

    private static String pageText(Browser browser) {
        return browser.shownText();
    }

    private void assertOwnLanguage(Browser browser, String language, String what) {
        browser.awaitQuiet();
        // What people wrote stays as written: this walk's texts, and every other test's in the shared database.
        String shown = withoutWritten(pageText(browser));
        assertThat(WrittenByPeople.otherLanguageWords(shown, language, () -> WrittenByPeople.texts(jdbc)))
                .as("words of the other language on the %s shown in %s, in: %s", what, language, shown).isEmpty();
    }

    /** The instant as the portal writes times: medium date, short time, in the reader's language and zone. */
    static String time(Instant instant, ZoneId zone, String language) {
        return ReaderTime.format(instant, Locale.forLanguageTag(language), zone);
    }

    private Mailbox.Mail awaitMail(String address, String reference, String containing) {
        Mailbox box = mailbox(address);
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(
                () -> box.read().stream().filter(mail -> mail.subject().contains(reference)
                        && mail.text().contains(containing)).findFirst().orElse(null), mail -> mail != null);
    }

    private String get(String path) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }
    }
}
