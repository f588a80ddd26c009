package org.outagedesk.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.component.virtuallist.VirtualListTester;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.AccountService;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.NewIncident;
import org.outagedesk.incident.Scope;
import org.outagedesk.incident.Severity;
import org.outagedesk.incident.ui.IncidentView;
import org.outagedesk.report.MailClient;
import org.outagedesk.report.ReportService;
import org.outagedesk.report.ReportSpringTest;
import org.outagedesk.report.ReportSummary;
import org.outagedesk.report.SignedIn;
import org.outagedesk.report.Symptom;
import org.outagedesk.report.TestPeople;
import org.outagedesk.report.ui.MyReportsView;
import org.springframework.beans.factory.annotation.Autowired;

/** The update form on the incident page, the bell and the banner, without a browser. */
@ReportSpringTest
class StatusUpdatesViewTest extends SpringBrowserlessTest {

    @Autowired AccountService accounts;
    @Autowired ReportService reports;
    @Autowired IncidentService incidents;
    @Autowired BundleI18NProvider i18n;
    @Autowired org.outagedesk.notification.internal.DemoMailServer mailServer;
    @Autowired org.springframework.mail.javamail.JavaMailSenderImpl mailSender;

    /** After Vaadin's own clean-up, which may still run live refreshes as the last person signed in. */
    @AfterAll
    static void signOut() {
        SignedIn.out();
    }

    @SuppressWarnings("unchecked")
    private static <T> VirtualListTester<VirtualList<T>, T> listTester(VirtualList<?> list) {
        return new VirtualListTester<>((VirtualList<T>) list);
    }

    /** The texts a list's renderer sends for each of its items, the named properties of each item joined. */
    private String texts(String listId, String... properties) {
        var list = listTester($(VirtualList.class).id(listId));
        StringBuilder text = new StringBuilder();
        for (int row = 0; row < list.size(); row++) {
            for (String property : properties) {
                text.append(list.getLitRendererPropertyValue(row, property, String.class)).append('\n');
            }
        }
        return text.toString();
    }

    private String updateList() {
        return texts("update-list", "meta", "message", "cause", "prevention", "eta", "workaround", "counts", "error");
    }

    /** The delivery counts of the newest update. */
    private String deliveryCounts() {
        return listTester($(VirtualList.class).id("update-list")).getLitRendererPropertyValue(0, "counts", String.class);
    }

    @Test
    void staffPostAPrefilledUpdateAndTheReporterSeesBellAndBanner() {
        ReportSummary report = TestPeople.reportAs(accounts, reports, "user2@demo.local", Symptom.CANNOT_RECEIVE,
                MailClient.DESKTOP_CLIENT, null, null);
        SignedIn.as(accounts, "it@demo.local");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        String title = "Inbound mail stuck " + System.nanoTime();
        IncidentDetails incident = incidents.open(new NewIncident(title, null, EnumSet.of(MailService.INBOUND),
                Scope.GROUP, Severity.SEV1, List.of(report.id())));
        navigate(IncidentView.class, Map.of("id", String.valueOf(incident.id())));
        writeAnUpdate();

        TextArea message = $(TextArea.class).id("update-message");
        assertThat(message.getValue()).contains("Receiving mail").contains("We are aware of a problem");
        assertThat($(TextField.class).id("update-workaround").getValue()).isEqualTo("Use webmail.");
        test($(Select.class).id("update-audience")).selectItem("IT team");
        assertThat(message.getValue()).startsWith(title + ": we are working on it.");
        assertThat($(TextField.class).id("update-workaround").getValue()).isEmpty();

        test($(Select.class).id("update-audience")).selectItem("Everyone (public)");
        test(message).setValue("Incoming mail is queued at the gateway; nothing is lost.");
        test($(Button.class).id("update-send")).click();

        String list = updateList();
        assertThat(list).contains("Incoming mail is queued at the gateway; nothing is lost.", "Everyone (public)",
                "Use webmail.").containsPattern("sent \\d+, pending \\d+, failed 0");

        SignedIn.out();
        SignedIn.as(accounts, "user2@demo.local");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(MyReportsView.class);
        Span count = $(Span.class).id("notification-count");
        assertThat(Integer.parseInt(count.getText())).isPositive();
        assertThat($(Div.class).id("outage-banner").isVisible()).isTrue();
        assertThat($(Span.class).id("outage-banner-subject").getText()).contains(incident.reference(), title);
        assertThat($(Span.class).id("outage-banner-text").getText()).contains("queued at the gateway");
        test($(com.vaadin.flow.component.button.Button.class).id("notification-bell")).click();
        $(com.vaadin.flow.component.popover.Popover.class).first().setOpened(true);
        assertThat(texts("notification-centre", "subject", "text")).contains("Incoming mail is queued at the gateway");
        test($(Button.class).id("notification-mark-read")).click();
        assertThat(count.isVisible()).isFalse();
    }

    @Test
    void deliveryCountsFollowTheDispatcherWithoutAReload() {
        ReportSummary report = TestPeople.reportAs(accounts, reports, "user2@demo.local", Symptom.CANNOT_SEND,
                MailClient.WEBMAIL, null, null);
        SignedIn.as(accounts, "it@demo.local");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        IncidentDetails incident = incidents.open(new NewIncident("Relay down " + System.nanoTime(), null,
                EnumSet.of(MailService.OUTBOUND_SMTP), Scope.GROUP, Severity.SEV2, List.of(report.id())));
        navigate(IncidentView.class, Map.of("id", String.valueOf(incident.id())));
        mailServer.greenMail().stop();
        try {
            writeAnUpdate();
            test($(Select.class).id("update-audience")).selectItem("Everyone (public)");
            test($(TextArea.class).id("update-message")).setValue("The relay is down; mail waits in the queue.");
            test($(Button.class).id("update-send")).click();
            assertThat(deliveryCounts()).matches("sent \\d+, pending [1-9]\\d*, failed 0");
        } finally {
            mailServer.greenMail().start();
            mailSender.setPort(mailServer.smtpPort());
        }
        // No refresh and no navigation: the dispatcher's progress reaches the open page by itself.
        await().atMost(java.time.Duration.ofSeconds(30)).pollInterval(java.time.Duration.ofMillis(200))
                .pollInSameThread().until(() -> {
                    roundTrip();
                    return deliveryCounts();
                }, text -> text.matches("sent \\d+, pending 0, failed 0"));
        assertThat($(Button.class).withId("updates-refresh").exists()).isFalse();
    }

    @Test
    void theSummaryShowsInMyReportsAndStillBrokenReopensTheReportIntoTriage() {
        ReportSummary report = TestPeople.reportAs(accounts, reports, "user2@demo.local", Symptom.SYNC,
                MailClient.MOBILE, null, null);
        SignedIn.as(accounts, "it@demo.local");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        IncidentDetails incident = incidents.open(new NewIncident("Phones stop syncing " + System.nanoTime(), null,
                EnumSet.of(MailService.MOBILE_SYNC), Scope.GROUP, Severity.SEV3, List.of(report.id())));
        incidents.resolve(incident.id(), incident.version());
        navigate(IncidentView.class, Map.of("id", String.valueOf(incident.id())));
        assertThat($(TextArea.class).id("summary-text").getValue()).contains("Mobile devices");
        test($(TextArea.class).id("summary-cause")).setValue("A certificate on the sync gateway expired.");
        test($(TextArea.class).id("summary-prevention")).setValue("Certificates are renewed automatically now.");
        test($(Button.class).id("summary-publish")).click();
        assertThat(updateList())
                .contains("A certificate on the sync gateway expired.");
        assertThat(reports.find(report.id()).orElseThrow().status().name()).isEqualTo("RESOLVED");

        SignedIn.out();
        SignedIn.as(accounts, "user2@demo.local");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(MyReportsView.class);
        var myReports = listTester($(VirtualList.class).id("my-reports"));
        int row = java.util.stream.IntStream.range(0, myReports.size()).filter(index -> myReports
                .getLitRendererPropertyValue(index, "number", String.class).endsWith("#" + report.id()))
                .findFirst().orElseThrow();
        assertThat(myReports.getLitRendererPropertyValue(row, "stillBroken", String.class)).isEqualTo("Still broken");
        myReports.invokeLitRendererFunction(row, "stillBroken");
        // Let the live refresh of My reports run while user2 is still signed in.
        await().pollDelay(java.time.Duration.ofMillis(500)).until(() -> true);
        roundTrip();
        navigate(org.outagedesk.base.ui.HomeView.class);
        roundTrip();
        assertThat(reports.find(report.id()).orElseThrow().status().name()).isEqualTo("RECEIVED");
        assertThat(reports.find(report.id()).orElseThrow().incidentId()).isEqualTo(incident.id());

        SignedIn.out();
        SignedIn.as(accounts, "it@demo.local");
        assertThat(reports.unlinked(null)).anyMatch(reopened -> reopened.id() == report.id());
        SignedIn.out();
        SignedIn.as(accounts, "user2@demo.local");
    }

    /** The form is built when someone presses "Write a status update"; it stays open after a send. */
    private void writeAnUpdate() {
        if ($(TextArea.class).withId("update-message").all().isEmpty()) {
            test($(Button.class).id("update-new")).click();
        }
    }
}
