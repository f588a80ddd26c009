package org.outagedesk.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.component.virtuallist.VirtualListTester;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.AccountService;
import org.outagedesk.base.OrganisationProperties;
import org.outagedesk.base.ui.BrowserTime;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.NewStatusUpdate;
import org.outagedesk.incident.PublicStatus;
import org.outagedesk.incident.StatusUpdateService;
import org.outagedesk.incident.UpdateAudience;
import org.outagedesk.notification.internal.CommunicationsFixture;
import org.outagedesk.notification.internal.DemoMailServer;
import org.outagedesk.report.ReportService;
import org.outagedesk.report.ReportSpringTest;
import org.outagedesk.report.SignedIn;
import org.outagedesk.report.ui.MyReportsView;
import org.outagedesk.testsupport.Mailbox;
import org.outagedesk.testsupport.Mailbox.Mail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The server, the organisation and a reader in three different zones: the same expected resolution
 * reads the same in the reader's notification centre, banner and e-mail (the mail naming the zone),
 * and an update a Spanish-speaking colleague wrote reaches an English reader with English labels.
 */
@ReportSpringTest
class ReaderZonesViewTest extends SpringBrowserlessTest {

    private static final ZoneId SERVER = ZoneId.of("Asia/Kolkata");
    private static final ZoneId READER = ZoneId.of("Asia/Tokyo");
    private static final Instant ETA = Instant.parse("2026-12-07T05:47:00Z");

    @Autowired JdbcTemplate jdbc;
    @Autowired AccountService accounts;
    @Autowired ReportService reports;
    @Autowired IncidentService incidents;
    @Autowired StatusUpdateService updates;
    @Autowired OrganisationProperties organisation;
    @Autowired DemoMailServer mailServer;

    private TimeZone serverZoneBefore;

    @BeforeEach
    void serverInItsOwnZone() {
        serverZoneBefore = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone(SERVER));
    }

    @AfterEach
    void serverZoneBack() {
        TimeZone.setDefault(serverZoneBefore);
    }

    @AfterAll
    static void signOut() {
        SignedIn.out();
    }

    private static String time(Instant instant, Locale language, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(language)
                .withZone(zone).format(instant);
    }

    /** The update's mail, after the receipt every reporter gets first. */
    private Mail mailTo(String address) {
        Mailbox box = new Mailbox(mailServer.host(), mailServer.imapPort(), address);
        box.awaitAndRemove("We received your report");
        return box.awaitMail(1);
    }

    @Test
    void theSameEtaReadsTheSameInTheReadersNotificationBannerAndMail() {
        ZoneId organisationZone = organisation.zoneForUnknownReaders();
        assertThat(java.util.Set.of(SERVER, READER, organisationZone)).as("three different zones").hasSize(3);
        CommunicationsFixture fixture = new CommunicationsFixture(jdbc, accounts, reports, incidents, updates);
        String reader = "tokyo-" + System.nanoTime() + "@demo.local";
        String unplaced = "unplaced-" + System.nanoTime() + "@demo.local";
        fixture.person(reader, "en", false);
        fixture.person(unplaced, "en", false);
        jdbc.update("update user_account set time_zone = ? where email = ?", READER.getId(), reader);
        IncidentDetails incident = fixture.incidentReportedBy("MX-7 relay " + System.nanoTime(), reader, unplaced);

        // Iván writes in Spanish; what he wrote stays as written, the labels around it follow each reader.
        fixture.asStaff(() -> updates.post(incident.id(), new NewStatusUpdate(PublicStatus.IDENTIFIED,
                "El relé rechaza el correo saliente; lo estamos reiniciando.", ETA, "Usad el webmail.",
                UpdateAudience.PUBLIC)));

        String inReadersZone = time(ETA, Locale.ENGLISH, READER);
        SignedIn.as(accounts, reader);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(MyReportsView.class);
        assertThat(BrowserTime.zone()).isEqualTo(READER);
        assertThat(BrowserTime.format(ETA)).as("pages show times this way").isEqualTo(inReadersZone);

        assertThat($(Div.class).id("outage-banner").isVisible()).isTrue();
        String banner = $(Span.class).id("outage-banner-subject").getText() + "\n"
                + $(Span.class).id("outage-banner-text").getText();
        assertThat(banner).contains(incident.reference() + " · Identified: ", "El relé rechaza el correo saliente",
                "Expected resolution: " + inReadersZone, "Meanwhile: Usad el webmail.")
                .doesNotContain("Causa identificada", "Resolución prevista", "Mientras tanto",
                        time(ETA, Locale.ENGLISH, SERVER), time(ETA, Locale.ENGLISH, organisationZone));

        test($(Button.class).id("notification-bell")).click();
        $(Popover.class).first().setOpened(true);
        String centre = centreTexts();
        assertThat(centre).contains("Identified", "Status: Identified", "Expected resolution: " + inReadersZone,
                "Meanwhile: Usad el webmail.").doesNotContain("Estado", "Resolución prevista", "Mientras tanto");

        Mail mail = mailTo(reader);
        assertThat(mail.subject()).startsWith(incident.reference() + " · Identified: ");
        assertThat(mail.text()).contains("Expected resolution: " + inReadersZone + " (" + READER.getId() + ")",
                "Meanwhile: Usad el webmail.").doesNotContain("Resolución prevista", "Mientras tanto");

        // Someone whose zone is not known yet gets the organisation's zone, named.
        assertThat(mailTo(unplaced).text()).contains("Expected resolution: "
                + time(ETA, Locale.ENGLISH, organisationZone) + " (" + organisationZone.getId() + ")");
    }

    @Test
    void theSameNotificationReadsInSpanishForASpanishPage() {
        CommunicationsFixture fixture = new CommunicationsFixture(jdbc, accounts, reports, incidents, updates);
        String reader = "bilingual-" + System.nanoTime() + "@demo.local";
        fixture.person(reader, "en", false);
        jdbc.update("update user_account set time_zone = ? where email = ?", READER.getId(), reader);
        IncidentDetails incident = fixture.incidentReportedBy("MX-8 relay " + System.nanoTime(), reader);
        fixture.asStaff(() -> updates.post(incident.id(), new NewStatusUpdate(PublicStatus.IDENTIFIED,
                "MX-8 · 550 5.7.1", ETA, null, UpdateAudience.PUBLIC)));

        SignedIn.as(accounts, reader);
        UI.getCurrent().setLocale(org.outagedesk.base.i18n.BundleI18NProvider.SPANISH);
        navigate(MyReportsView.class);
        assertThat($(Span.class).id("outage-banner-subject").getText()).contains("Causa identificada");
        assertThat($(Span.class).id("outage-banner-text").getText())
                .contains("Resolución prevista: " + time(ETA, org.outagedesk.base.i18n.BundleI18NProvider.SPANISH,
                        READER));
    }

    @SuppressWarnings("unchecked")
    private String centreTexts() {
        var list = new VirtualListTester<VirtualList<Object>, Object>((VirtualList<Object>) $(VirtualList.class)
                .id("notification-centre"));
        StringBuilder text = new StringBuilder();
        for (int row = 0; row < list.size(); row++) {
            text.append(list.getLitRendererPropertyValue(row, "subject", String.class)).append('\n')
                    .append(list.getLitRendererPropertyValue(row, "text", String.class)).append('\n');
        }
        return text.toString();
    }
}
