package org.outagedesk.incident.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.outagedesk.incident.Impact;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentLabels;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.IncidentSummary;
import org.outagedesk.incident.NewIncident;
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
import org.outagedesk.report.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;

class TriageViewTest extends IncidentViewTestSupport {

    @Autowired IncidentService incidents;
    @Autowired ProbeService probes;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

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
            assertThat(signalText("triage-signal-reading-probe-" + endpoint.id() + "-"))
                    .as("the probe's failure read as a mail administrator reads a report's error")
                    .contains(en("mailerror.entry.connection.refused.meaning"));
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

        IncidentDetails opened = incidents.list(IncidentState.OPEN).stream()
                .filter(incident -> incident.title().equals("Outlook cannot send")).findFirst()
                .flatMap(incident -> incidents.find(incident.id())).orElseThrow();
        assertThat(opened.reportCount()).isEqualTo(2);
        assertThat(reportService.find(first.id()).orElseThrow().status()).isEqualTo(ReportStatus.LINKED);
        // The person is taken to the new incident, where the work goes on, and told what happened.
        assertThat(getCurrentView()).isInstanceOfSatisfying(IncidentView.class,
                view -> assertThat(view.shows(opened.id())).isTrue());
        assertThat($(H2.class).id("incident-heading").getText()).isEqualTo("Outlook cannot send");
        assertThat(lastNotification()).isEqualTo(en("triage.opened", opened.reference(), 2));
    }

    @Test
    void linkingReportsOffersTheWayToTheIncident() {
        ReportSummary report = reportAs("user@demo.local", Symptom.DELAYED, MailClient.MOBILE);
        IncidentDetails target = incidents.open(new NewIncident("Phones get mail late", null,
                EnumSet.of(MailService.MOBILE_SYNC), Scope.GROUP, Severity.SEV3, List.of()));
        navigate(TriageView.class);
        test(grid()).select(rowOf(report));
        test($(Button.class).id("triage-link")).click();
        @SuppressWarnings("unchecked")
        ComboBox<IncidentSummary> incident = $(ComboBox.class).id("triage-link-incident");
        test(incident).selectItem(target.reference() + " · " + target.title());
        test($(Button.class).id("triage-link-confirm")).click();

        assertThat($(Div.class).all().stream().filter(div -> div.hasClassName("notification-with-link"))
                .map(div -> div.getElement().getTextRecursively()))
                .anyMatch(text -> text.startsWith(en("triage.linked", 1, target.reference())));
        test($(Button.class).id("notification-go-to-incident")).click();
        assertThat(getCurrentView()).isInstanceOfSatisfying(IncidentView.class,
                view -> assertThat(view.shows(target.id())).isTrue());
    }

    @Test
    void theCardAndTheDialogSuggestTheSameForTheSameErrorFromTwoClients() {
        // The walk: the same symptom and server error, one from Outlook, one from webmail, two departments.
        String error = "451 4.7." + (100 + RANDOM.nextInt(900)) + " Temporary server error";
        ReportSummary outlook = TestPeople.reportAs(accountService, reportService, "user@demo.local",
                Symptom.CANNOT_SEND, MailClient.DESKTOP_CLIENT, error + ". Please try again later.", null);
        ReportSummary webmail = TestPeople.reportAs(accountService, reportService, "user2@demo.local",
                Symptom.CANNOT_SEND, MailClient.WEBMAIL, "Temporary server error (" + error.substring(0, 11) + ")", null);
        navigate(TriageView.class);

        String code = error.substring(0, 11);
        List<Integer> cards = cardsSaying(code);
        assertThat(cards).as("one card for both reports").hasSize(1);
        int card = cards.getFirst();
        String suggestion = $(Span.class).id("triage-group-suggestion-" + card).getText();
        List<String> reasons = items("triage-group-reason-" + card);
        assertThat(text("triage-group-" + card)).contains(en("triage.group.reporters", 2, 2),
                en("incident.client.DESKTOP_CLIENT"), en("incident.client.WEBMAIL"));
        assertThat(reasons).as("the deciding reason, the shared reply from two programs, then the severity")
                .hasSize(3).contains(en("triage.reason.same-reply-clients", 2, code, 2));
        assertThat(text("triage-group-reading-" + card)).as("the shared server reply, read")
                .contains(en("mailerror.side.SERVER"));
        List<String> causes = items("triage-group-causes-" + card + "-causes");
        List<String> steps = items("triage-group-causes-" + card + "-steps");
        assertThat(causes).as("the catalogue's likely cause").isNotEmpty();
        assertThat(steps).as("a temporary server failure starts at the server and its logs")
                .containsExactly("3.1 · Check server power and health", "3.2 · Read the server logs");

        test($(Button.class).id("triage-group-open-" + card)).click();
        Scope cardScope = scopeField().getValue();
        Severity cardSeverity = severityField().getValue();
        assertThat($(Paragraph.class).id("incident-form-reason").getText()).isEqualTo(suggestion);
        assertThat(items("incident-form-reasons")).isEqualTo(reasons);
        assertThat(items("incident-form-causes-causes")).isEqualTo(causes);
        assertThat(items("incident-form-causes-steps")).isEqualTo(steps);
        assertThat(suggestion).isEqualTo(en("triage.group.suggestion", en(IncidentLabels.key(cardScope)),
                en(IncidentLabels.key(cardSeverity))));
        test($(Button.class).withText(en("incident.cancel")).first()).click();

        test(grid()).select(rowOf(outlook));
        test(grid()).select(rowOf(webmail));
        test($(Button.class).id("triage-open-incident")).click();
        assertThat($(Paragraph.class).id("incident-form-reason").getText()).isEqualTo(suggestion);
        assertThat(items("incident-form-reasons")).isEqualTo(reasons);
        assertThat(scopeField().getValue()).isEqualTo(cardScope);
        assertThat(severityField().getValue()).isEqualTo(cardSeverity);
    }

    @Test
    void thirtyPeopleWithOneServerReplyFromTenDepartmentsAreEveryoneOnTheCardAndInTheDialog() {
        String code = "421 4.3." + (100 + RANDOM.nextInt(900));
        String run = Integer.toString(RANDOM.nextInt(1_000_000));
        for (int person = 0; person < 30; person++) {
            String email = "storm" + run + "-" + person + "@demo.local";
            TestPeople.insertEndUser(jdbc, email, "Storm " + person, "Department " + (person % 10), "Head office");
            TestPeople.reportAs(accountService, reportService, email, Symptom.CANNOT_SEND,
                    person % 2 == 0 ? MailClient.DESKTOP_CLIENT : MailClient.MOBILE,
                    code + " Service not available, closing transmission channel", null);
        }
        try {
            navigate(TriageView.class);
            theThirtyAreEveryone(code);
        } finally {
            // Other tests weigh the share of active users: these thirty stop counting.
            jdbc.update("update user_account set enabled = false where email like ?", "storm" + run + "-%");
        }
    }

    private void theThirtyAreEveryone(String code) {
        List<Integer> cards = cardsSaying(code);
        assertThat(cards).as("one group for the thirty").hasSize(1);
        int card = cards.getFirst();
        List<String> reasons = items("triage-group-reason-" + card);
        assertThat($(Span.class).id("triage-group-suggestion-" + card).getText()).isEqualTo(en(
                "triage.group.suggestion", en(IncidentLabels.key(Scope.ALL_USERS)), en(IncidentLabels.key(Severity.SEV1))));
        assertThat(reasons.getFirst()).isEqualTo(en("triage.reason.departments", 30, 10, 5));
        assertThat(reasons).contains(en("triage.reason.same-reply-clients", 30, code, 2));

        test($(Button.class).id("triage-group-open-" + card)).click();
        assertThat(scopeField().getValue()).isEqualTo(Scope.ALL_USERS);
        assertThat(severityField().getValue()).isEqualTo(Severity.SEV1);
        assertThat(items("incident-form-reasons")).isEqualTo(reasons);
    }

    @Test
    void aFullMailboxStaysEachPersonsOwnAndTheCardsReadTheErrorLikeAMailAdministrator() {
        String tag = "ref " + (100_000 + RANDOM.nextInt(900_000));
        TestPeople.reportAs(accountService, reportService, "user@demo.local", Symptom.CANNOT_RECEIVE,
                MailClient.DESKTOP_CLIENT, "552 5.2.2 Mailbox full " + tag, null);
        TestPeople.reportAs(accountService, reportService, "user2@demo.local", Symptom.CANNOT_RECEIVE,
                MailClient.WEBMAIL, "552 5.2.2 Mailbox full " + tag, null);
        navigate(TriageView.class);

        List<Integer> cards = cardsSaying(tag);
        assertThat(cards).as("one person's full mailbox is no outage: a card each").hasSize(2);
        for (int card : cards) {
            assertThat(text("triage-group-" + card)).contains(en("triage.group.reporters", 1, 1));
            assertThat(text("triage-group-reading-" + card)).as("read from the catalogue, in the reader's language")
                    .startsWith(en("triage.group.reading", ""))
                    .contains(en("mailerror.side.USER"));
        }
    }

    @Test
    void aReportBackFromStillBrokenSaysSoAndLinksItsIncident() {
        ReportSummary report = reportAs("user@demo.local", Symptom.LOGIN, MailClient.WEBMAIL);
        IncidentDetails incident = incidents.open(new NewIncident("Webmail login fails", null,
                EnumSet.of(MailService.WEBMAIL), Scope.SINGLE_USER, Severity.SEV3, List.of(report.id())));
        incidents.resolve(incident.id(), incident.version());
        SignedIn.as(accountService, "user@demo.local");
        reportService.reportStillBroken(report.id());
        me = SignedIn.as(accountService, "it@demo.local");

        navigate(TriageView.class);
        assertThat(rowOf(report)).isNotNegative();
        Div came = (Div) test(grid()).getCellComponent(rowOf(report), 2).getChildren()
                .filter(child -> child.getId().orElse("").equals("triage-came-back-" + report.id())).findFirst()
                .orElseThrow();
        assertThat(came.getElement().getTextRecursively()).isEqualTo(en("triage.came-back") + incident.reference());
        RouterLink link = (RouterLink) came.getChildren().filter(RouterLink.class::isInstance).findFirst().orElseThrow();
        assertThat(link.getHref()).isEqualTo("incidents/" + incident.id());

        ReportSummary fresh = reportAs("user2@demo.local", Symptom.LOGIN, MailClient.WEBMAIL);
        refreshQueue();
        assertThat(test(grid()).getCellComponent(rowOf(fresh), 2).getChildren()
                .noneMatch(child -> child.getId().orElse("").startsWith("triage-came-back-"))).isTrue();
    }

    private static final java.util.Random RANDOM = new java.util.Random();

    /** The places of the suggestion cards whose text mentions {@code words}. */
    private List<Integer> cardsSaying(String words) {
        return $(Div.class).all().stream().map(div -> div.getId().orElse(""))
                .filter(id -> id.matches("triage-group-\\d+") && text(id).contains(words))
                .map(id -> Integer.parseInt(id.substring("triage-group-".length()))).toList();
    }

    /** The lines of a list on the page, e.g. a card's reasons. */
    private List<String> items(String id) {
        return $(UnorderedList.class).id(id).getChildren().map(item -> item.getElement().getTextRecursively()).toList();
    }

    private String text(String id) {
        return $(Div.class).id(id).getElement().getTextRecursively();
    }

    private void refreshQueue() {
        ((TriageView) getCurrentView()).refresh();
    }

    @SuppressWarnings("unchecked")
    private Select<Scope> scopeField() {
        return $(Select.class).id("incident-form-scope");
    }

    @SuppressWarnings("unchecked")
    private Select<Severity> severityField() {
        return $(Select.class).id("incident-form-severity");
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
