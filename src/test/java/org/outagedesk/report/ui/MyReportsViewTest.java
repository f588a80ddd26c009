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
                "stillBroken").map(name -> property(report, name)).toList());
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
}
