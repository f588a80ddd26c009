package org.outagedesk.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.virtuallist.VirtualList;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.AccountService;
import org.outagedesk.base.ui.VirtualLists;
import org.outagedesk.live.LiveBus;
import org.outagedesk.report.KnownOutageChanged;
import org.outagedesk.report.ReportTopics;
import org.outagedesk.report.FakeKnownOutages;
import org.outagedesk.report.KnownOutage;
import org.outagedesk.report.MailClient;
import org.outagedesk.report.NewReport;
import org.outagedesk.report.ReportService;
import org.outagedesk.report.ReportSpringTest;
import org.outagedesk.report.ReportSummary;
import org.outagedesk.report.SignedIn;
import org.outagedesk.report.Symptom;
import org.springframework.beans.factory.annotation.Autowired;

@ReportSpringTest
class MyReportsViewTest extends SpringBrowserlessTest {

    @Autowired AccountService accounts;
    @Autowired ReportService reports;
    @Autowired FakeKnownOutages outages;
    @Autowired ReportStatusNotifier notifier;
    @Autowired LiveBus bus;

    @BeforeEach
    void reset() {
        outages.clear();
    }

    /** After the class, not each test: Vaadin runs pending live updates while tearing a test's UI down. */
    @AfterAll
    static void signOut() {
        SignedIn.out();
    }

    ReportSummary report(String email, Symptom symptom) {
        SignedIn.as(accounts, email);
        return reports.submit(new NewReport(symptom, MailClient.WEBMAIL, null, null, null, null, null, null), null);
    }

    /** Live updates arrive on another thread; lets Vaadin run them until the condition holds (5 s at most). */
    void awaitPush(BooleanSupplier condition) {
        // In this thread: Vaadin's test UI lives in the test thread's locals.
        Awaitility.await().atMost(Duration.ofSeconds(5)).pollInSameThread().pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    roundTrip();
                    return condition.getAsBoolean();
                });
    }

    /** The list's row of the report, -1 when it is not listed. */
    @SuppressWarnings("unchecked")
    int rowOf(ReportSummary report) {
        var list = test((VirtualList<ReportCard>) $(VirtualList.class).id("my-reports"));
        for (int row = 0; row < list.size(); row++) {
            if (list.getItem(row).report().id() == report.id()) {
                return row;
            }
        }
        return -1;
    }

    @SuppressWarnings("unchecked")
    String property(ReportSummary report, String name) {
        return test((VirtualList<ReportCard>) $(VirtualList.class).id("my-reports"))
                .getLitRendererPropertyValue(rowOf(report), name, String.class);
    }

    String statusOf(ReportSummary report) {
        return property(report, "statusText");
    }

    /** The texts the card of the report shows. */
    String cardText(ReportSummary report) {
        return String.join(" | ", Stream.of("number", "statusText", "symptom", "client", "sent", "excerpt", "joined",
                "note", "incidentReference", "incidentTitle", "incidentStatus", "updateLabel", "update", "eta",
                "resolution", "cause", "prevention", "confirmed", "worksNow", "stillBroken")
                .map(name -> property(report, name)).toList());
    }

    @Test
    void somebodyWithoutReportsIsToldWhatToDo() {
        SignedIn.as(accounts, "manager@demo.local");
        navigate(MyReportsView.class);
        assertThat($(Div.class).id("my-reports-empty").getElement().getTextRecursively())
                .contains("You have not reported any problems", "Report a mail problem");
        assertThat(VirtualLists.isShown($(VirtualList.class).id("my-reports"))).as("no list shown").isFalse();
    }

    @Test
    void peopleSeeOnlyTheirOwnReportsWithTheirStatus() {
        ReportSummary others = report("user2@demo.local", Symptom.BOUNCED);
        ReportSummary mine = report("user@demo.local", Symptom.CANNOT_RECEIVE);

        navigate(MyReportsView.class);

        assertThat(rowOf(mine)).isNotNegative();
        assertThat(rowOf(others)).isNegative();
        assertThat(statusOf(mine)).isEqualTo("Received");
        assertThat(cardText(mine))
                .contains("I do not receive e-mail", "Webmail in the browser");
    }

    @Test
    void aLinkedReportShowsTheIncidentsLatestUpdateAndEta() {
        outages.add(new KnownOutage(610L, "INC-610", "Inbound mail stuck", "monitoring",
                Instant.now().plus(Duration.ofHours(1)), "The queue is draining.", Instant.now(), true));
        ReportSummary mine = report("user@demo.local", Symptom.CANNOT_RECEIVE);
        SignedIn.as(accounts, "it@demo.local");
        reports.link(List.of(mine.id()), 610L);

        SignedIn.as(accounts, "user@demo.local");
        navigate(MyReportsView.class);

        assertThat(statusOf(mine)).isEqualTo("Linked to INC-610");
        assertThat(cardText(mine))
                .contains("Inbound mail stuck", "The queue is draining.", "Expected fix", "Fixed, monitoring");
    }

    @Test
    void aStatusChangeShowsWithoutReload() throws Exception {
        ReportSummary mine = report("user@demo.local", Symptom.LOGIN);
        navigate(MyReportsView.class);
        assertThat(statusOf(mine)).isEqualTo("Received");

        SignedIn.as(accounts, "it@demo.local");
        reports.decline(mine.id(), "Your password had expired; it is reset now.");
        SignedIn.as(accounts, "user@demo.local");

        awaitPush(() -> "Declined".equals(statusOf(mine)));
        assertThat(statusOf(mine)).isEqualTo("Declined");
        assertThat(cardText(mine))
                .contains("Your password had expired");
    }

    @Test
    @SuppressWarnings("unchecked")
    void stillBrokenIsOfferedOnlyOnResolvedReports() {
        ReportSummary mine = report("user@demo.local", Symptom.LOGIN);
        navigate(MyReportsView.class);
        assertThat(property(mine, "stillBroken")).isEmpty();

        // A call the template would not make (a crafted request) changes nothing either.
        test((VirtualList<ReportCard>) $(VirtualList.class).id("my-reports")).invokeLitRendererFunction(rowOf(mine),
                "stillBroken");
        assertThat(reports.find(mine.id()).orElseThrow().status().name()).isEqualTo("RECEIVED");
    }

    @Test
    void theReporterIsToldOfAStatusChangeInAnyOpenPage() throws Exception {
        ReportSummary mine = report("user@demo.local", Symptom.SYNC);
        navigate(ReportProblemView.class);
        notifier.watch(UI.getCurrent(), mine.reporterId());

        SignedIn.as(accounts, "it@demo.local");
        reports.decline(mine.id(), "Please update the mail app on your phone.");
        SignedIn.as(accounts, "user@demo.local");

        awaitPush(() -> $(Notification.class).exists());
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("Your report #" + mine.id() + " is now: Declined");
    }

    /** A report of user@demo.local linked (by IT) to the incident. */
    ReportSummary linkedReport(long incidentId, Symptom symptom) {
        ReportSummary mine = report("user@demo.local", symptom);
        SignedIn.as(accounts, "it@demo.local");
        reports.link(List.of(mine.id()), incidentId);
        SignedIn.as(accounts, "user@demo.local");
        return mine;
    }

    @Test
    void aNewPublicUpdateAndEtaShowWithoutReload() {
        Instant firstEta = Instant.now().plus(Duration.ofHours(1));
        outages.add(new KnownOutage(620L, "INC-620", "Outbound mail queued", "investigating", firstEta,
                "We are looking into it.", Instant.now(), true, "investigating", null));
        ReportSummary mine = linkedReport(620L, Symptom.CANNOT_SEND);
        navigate(MyReportsView.class);
        assertThat(cardText(mine)).contains("We are looking into it.");

        // IT posts an update with a new ETA: the incident module announces it on the outage's topic.
        outages.clear();
        outages.add(new KnownOutage(620L, "INC-620", "Outbound mail queued", "identified",
                Instant.parse("2026-12-08T15:30:00Z"), "A relay certificate expired; we are replacing it.",
                Instant.now(), true, "identified", null));
        bus.publish(ReportTopics.outage(620L), new KnownOutageChanged(620L));

        awaitPush(() -> property(mine, "update").startsWith("A relay certificate expired"));
        assertThat(property(mine, "updateLabel")).contains("Cause identified");
        assertThat(property(mine, "eta")).startsWith("Expected fix:").contains("2026");
    }

    @Test
    void theResolutionCardShowsTheSummaryCauseAndPrevention() {
        outages.add(new KnownOutage(630L, "INC-630", "Webmail down", "resolved", null,
                "Webmail was down for 40 minutes.", Instant.now(), false, "resolved",
                new KnownOutage.Resolution("Webmail was down for 40 minutes.", "A full disk on the web server.",
                        "Disk space is now monitored and alerts IT at 80 %.")));
        ReportSummary mine = linkedReport(630L, Symptom.LOGIN);
        navigate(MyReportsView.class);

        assertThat(property(mine, "resolution")).isEqualTo("Webmail was down for 40 minutes.");
        assertThat(property(mine, "cause")).isEqualTo("A full disk on the web server.");
        assertThat(property(mine, "prevention")).isEqualTo("Disk space is now monitored and alerts IT at 80 %.");
        assertThat(property(mine, "causeLabel")).isEqualTo("Cause:");
        assertThat(property(mine, "preventionLabel")).isEqualTo("What we changed so it does not happen again:");
    }

    @Test
    @SuppressWarnings("unchecked")
    void itWorksNowIsRecordedOnTheReportAndThanksThePerson() {
        outages.add(FakeKnownOutages.openOutage(640L, "Phones do not sync"));
        ReportSummary mine = linkedReport(640L, Symptom.SYNC);
        navigate(MyReportsView.class);
        assertThat(property(mine, "worksNow")).as("not offered before the resolution").isEmpty();
        var list = test((VirtualList<ReportCard>) $(VirtualList.class).id("my-reports"));
        list.invokeLitRendererFunction(rowOf(mine), "worksNow");
        assertThat(reports.find(mine.id()).orElseThrow().confirmedWorking()).isFalse();

        SignedIn.as(accounts, "it@demo.local");
        reports.resolveAll(640L);
        SignedIn.as(accounts, "user@demo.local");
        navigate(MyReportsView.class);
        assertThat(property(mine, "worksNow")).isEqualTo("It works now");
        assertThat(property(mine, "stillBroken")).isEqualTo("Still broken");

        list = test((VirtualList<ReportCard>) $(VirtualList.class).id("my-reports"));
        list.invokeLitRendererFunction(rowOf(mine), "worksNow");

        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("Thank you for letting us know it works again.");
        ReportSummary confirmed = reports.find(mine.id()).orElseThrow();
        assertThat(confirmed.confirmedWorking()).isTrue();
        assertThat(confirmed.status().name()).isEqualTo("RESOLVED");
        assertThat(property(mine, "worksNow")).isEmpty();
        assertThat(property(mine, "confirmed")).startsWith("You confirmed it works again");

        // IT sees it on the incident's linked reports.
        SignedIn.as(accounts, "it@demo.local");
        assertThat(reports.linkedTo(640L)).filteredOn(report -> report.id() == mine.id())
                .singleElement().satisfies(report -> assertThat(report.confirmedWorkingAt()).isNotNull());
        SignedIn.as(accounts, "user@demo.local");
    }
}
