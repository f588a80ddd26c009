package org.outagedesk.incident.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.outagedesk.incident.CauseVerdict;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.NewIncident;
import org.outagedesk.incident.Scope;
import org.outagedesk.incident.Severity;
import org.outagedesk.incident.TimelineItem;
import org.outagedesk.report.MailClient;
import org.outagedesk.report.ReportSummary;
import org.outagedesk.report.SignedIn;
import org.outagedesk.report.Symptom;
import org.outagedesk.report.TestPeople;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The incident page reads the incident's reports as a triage card does (likely cause, SOP items to
 * start with), and IT staff mark the suggestion right or wrong, kept on the timeline.
 */
class CauseSuggestionViewTest extends IncidentViewTestSupport {

    @Autowired IncidentService incidents;

    private IncidentDetails incidentFrom(String errorText, String otherErrorText) {
        ReportSummary one = TestPeople.reportAs(accountService, reportService, "user@demo.local", Symptom.CANNOT_RECEIVE,
                MailClient.DESKTOP_CLIENT, errorText, null);
        ReportSummary two = TestPeople.reportAs(accountService, reportService, "user2@demo.local",
                Symptom.CANNOT_RECEIVE, MailClient.MOBILE, otherErrorText, null);
        return incidents.open(new NewIncident("Mail programs refuse the server", null,
                EnumSet.of(MailService.IMAP_POP), Scope.GROUP, Severity.SEV2, List.of(one.id(), two.id())));
    }

    private void open(IncidentDetails incident) {
        navigate(IncidentView.class, Map.of("id", String.valueOf(incident.id())));
    }

    private List<String> items(String id) {
        return $(UnorderedList.class).id(id).getChildren().map(item -> item.getElement().getTextRecursively()).toList();
    }

    @Test
    void anExpiredCertificateStartsAtTheServerConfigurationAndStaffSayItWasRight() {
        IncidentDetails incident = incidentFrom("The certificate for this server has expired (imap.demo.local)",
                "Cannot verify server identity. The certificate for this server has expired.");
        open(incident);

        assertThat($(Div.class).id("incident-cause-reading").getElement().getTextRecursively())
                .contains(en("triage.group.reading", ""));
        assertThat(items("incident-cause-list-causes")).as("the catalogue's likely cause").isNotEmpty();
        assertThat(items("incident-cause-list-steps")).as("a certificate error starts at the configuration")
                .containsExactly("3.5 · Review the mail server configuration", "3.6 · Check recent changes and updates");

        test($(Button.class).id("incident-cause-right")).click();
        assertThat(lastNotification()).isEqualTo(en("incident.cause.saved.RIGHT"));
        assertThat($(Span.class).id("incident-cause-verdict").getText()).startsWith("Marked right by ");
        assertThat($(Button.class).id("incident-cause-right").getElement().getAttribute("aria-pressed")).isEqualTo("true");

        test($(Button.class).id("incident-cause-wrong")).click();
        List<TimelineItem> ratings = incidents.timeline(incident.id()).stream()
                .filter(item -> CauseVerdict.FIELD.equals(item.field())).toList();
        assertThat(ratings).as("a change of mind is history, newest first").extracting(TimelineItem::after)
                .containsExactly("WRONG", "RIGHT");
        assertThat(CauseVerdict.latest(incidents.timeline(incident.id())).map(CauseVerdict::of))
                .contains(CauseVerdict.WRONG);
        assertThat($(Span.class).id("incident-cause-verdict").getText()).startsWith("Marked wrong by ");
    }

    @Test
    void withoutARecognisedErrorThePanelSaysWhatWouldHelpAndAsksNothing() {
        IncidentDetails incident = incidentFrom("it just spins", "nothing happens");
        open(incident);

        assertThat($(Div.class).id("incident-cause-reading").getElement().getTextRecursively())
                .isEqualTo(en("incident.cause.nothing"));
        assertThat($(Button.class).withId("incident-cause-right").exists()).isFalse();
    }

    @Test
    void managersReadTheIncidentWithoutThePanel() {
        IncidentDetails incident = incidentFrom("The certificate for this server has expired", "certificate expired");
        me = SignedIn.as(accountService, "manager@demo.local");
        open(incident);

        assertThat($(Div.class).withId("incident-cause").exists()).isFalse();
    }
}
