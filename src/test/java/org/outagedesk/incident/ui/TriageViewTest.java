package org.outagedesk.incident.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.EnumSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.outagedesk.incident.Impact;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.IncidentState;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.Scope;
import org.outagedesk.incident.ScopeAdvisor;
import org.outagedesk.incident.Severity;
import org.outagedesk.probe.EndpointDraft;
import org.outagedesk.probe.MailEndpoint;
import org.outagedesk.probe.MailProtocol;
import org.outagedesk.probe.ProbeService;
import org.outagedesk.probe.TlsMode;
import org.outagedesk.report.MailClient;
import org.outagedesk.report.ReportStatus;
import org.outagedesk.report.ReportSummary;
import org.outagedesk.report.SignedIn;
import org.outagedesk.report.Symptom;
import org.springframework.beans.factory.annotation.Autowired;

class TriageViewTest extends IncidentViewTestSupport {

    @Autowired IncidentService incidents;
    @Autowired ProbeService probes;

    @SuppressWarnings("unchecked")
    Grid<ReportSummary> grid() {
        return $(Grid.class).id("triage-grid");
    }

    /** The report's row in the queue, or -1 when it is not there (an empty queue hides the grid). */
    int rowOf(ReportSummary report) {
        if (!$(Grid.class).withId("triage-grid").exists()) {
            return -1;
        }
        return IntStream.range(0, test(grid()).size()).filter(row -> test(grid()).getRow(row).id() == report.id())
                .findFirst().orElse(-1);
    }

    @Test
    void aNewReportAppearsInTheQueueWithoutReloading() throws Exception {
        navigate(TriageView.class);
        ReportSummary report = reportAs("user2@demo.local", Symptom.CANNOT_RECEIVE, MailClient.MOBILE);

        assertThat(eventually(() -> rowOf(report) >= 0)).as("report shown live").isTrue();
        assertThat($(com.vaadin.flow.component.html.Div.class).id("triage-suggestions").getElement().getTextRecursively())
                .contains(en("incident.symptom.CANNOT_RECEIVE"));
    }

    @Test
    void aFailingProbeUpdatesItsSignalCardWithoutReloadingTheQueue() throws Exception {
        reportAs("user2@demo.local", Symptom.CANNOT_SEND, MailClient.WEBMAIL);
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SignedIn.as(accountService, "admin@demo.local");
        MailEndpoint endpoint = probes.add(new EndpointDraft("Closed SMTP " + closedPort, MailProtocol.SMTP,
                "127.0.0.1", closedPort, TlsMode.NONE, null, null, false, null, 1, true, null, null,
                EnumSet.of(MailService.OUTBOUND_SMTP)));
        me = SignedIn.as(accountService, "it@demo.local");
        try {
            navigate(TriageView.class);
            var queueItems = grid().getDataProvider();
            String card = "triage-signal-probe-" + endpoint.id() + "-";
            assertThat(within(Duration.ofSeconds(30), () -> signalText(card) != null)).as("signal card shown live")
                    .isTrue();
            String first = signalText(card);
            assertThat(within(Duration.ofSeconds(30), () -> !first.equals(signalText(card))))
                    .as("failure count updated").isTrue();
            assertThat(grid().getDataProvider()).as("the report queue was not read again").isSameAs(queueItems);
        } finally {
            SignedIn.as(accountService, "admin@demo.local");
            probes.delete(endpoint.id());
            me = SignedIn.as(accountService, "it@demo.local");
        }
    }

    /** The text of the signal card whose id starts so, or null while there is none. */
    private String signalText(String idPrefix) {
        return $(Div.class).all().stream().filter(div -> div.getId().orElse("").startsWith(idPrefix)).findFirst()
                .map(div -> div.getElement().getTextRecursively()).orElse(null);
    }

    @Test
    void staffOpenAnIncidentFromSelectedReportsWithTheSuggestionPrefilled() {
        ReportSummary first = reportAs("user@demo.local", Symptom.CANNOT_SEND, MailClient.DESKTOP_CLIENT);
        ReportSummary second = reportAs("user2@demo.local", Symptom.CANNOT_SEND, MailClient.DESKTOP_CLIENT);
        navigate(TriageView.class);

        test(grid()).select(rowOf(first));
        test(grid()).select(rowOf(second));
        test($(Button.class).id("triage-open-incident")).click();

        @SuppressWarnings("unchecked")
        Select<Scope> scope = $(Select.class).id("incident-form-scope");
        @SuppressWarnings("unchecked")
        Select<Severity> severity = $(Select.class).id("incident-form-severity");
        assertThat(scope.getValue()).isNotEqualTo(Scope.SINGLE_USER);
        assertThat(severity.getValue()).isEqualTo(ScopeAdvisor.severity(scope.getValue(), Impact.HIGH));
        assertThat($(TextField.class).id("incident-form-title").getValue())
                .isEqualTo(en("triage.open.default-title", en("incident.symptom.CANNOT_SEND"),
                        en("incident.client.DESKTOP_CLIENT")));
        test($(TextField.class).id("incident-form-title")).setValue("Outlook cannot send");
        test($(Button.class).id("incident-form-open")).click();

        assertThat(lastNotification()).startsWith("INC-").endsWith(en("triage.opened", "", 2).substring(1));
        IncidentDetails opened = incidents.list(IncidentState.OPEN).stream()
                .filter(incident -> incident.title().equals("Outlook cannot send")).findFirst()
                .flatMap(incident -> incidents.find(incident.id())).orElseThrow();
        assertThat(opened.reportCount()).isEqualTo(2);
        assertThat(reportService.find(first.id()).orElseThrow().status()).isEqualTo(ReportStatus.LINKED);
        assertThat(rowOf(first)).isEqualTo(-1);
    }

    @Test
    void aDeclinedReportLeavesTheQueueWithItsReason() {
        ReportSummary report = reportAs("user@demo.local", Symptom.OTHER, MailClient.OTHER);
        navigate(TriageView.class);
        test(grid()).select(rowOf(report));
        test($(Button.class).id("triage-decline")).click();
        test($(com.vaadin.flow.component.textfield.TextArea.class).id("triage-decline-reason"))
                .setValue("The printer is not a mail problem");
        test($(Button.class).id("triage-decline-confirm")).click();

        assertThat(lastNotification()).isEqualTo(en("triage.declined", 1));
        assertThat(reportService.find(report.id()).orElseThrow().declineReason())
                .isEqualTo("The printer is not a mail problem");
        assertThat(rowOf(report)).isEqualTo(-1);
    }
}
