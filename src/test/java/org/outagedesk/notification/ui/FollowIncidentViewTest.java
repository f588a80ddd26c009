package org.outagedesk.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.AccountService;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.NewIncident;
import org.outagedesk.incident.Scope;
import org.outagedesk.incident.Severity;
import org.outagedesk.incident.ui.IncidentView;
import org.outagedesk.notification.Subscriptions;
import org.outagedesk.report.FakeKnownOutages;
import org.outagedesk.report.MailClient;
import org.outagedesk.report.ReportSpringTest;
import org.outagedesk.report.SignedIn;
import org.outagedesk.report.Symptom;
import org.outagedesk.report.ui.ReportProblemView;
import org.springframework.beans.factory.annotation.Autowired;

/** "Follow this incident" on a known-outage card (end users) and on the incident page (staff), without a browser. */
@ReportSpringTest
class FollowIncidentViewTest extends SpringBrowserlessTest {

    @Autowired AccountService accounts;
    @Autowired IncidentService incidents;
    @Autowired Subscriptions subscriptions;
    @Autowired FakeKnownOutages outages;

    @AfterEach
    void forgetOutages() {
        outages.clear();
    }

    @AfterAll
    static void signOut() {
        SignedIn.out();
    }

    private IncidentDetails openIncident(String title) {
        SignedIn.as(accounts, "it@demo.local");
        try {
            return incidents.open(new NewIncident(title, null, EnumSet.of(MailService.OUTBOUND_SMTP), Scope.GROUP,
                    Severity.SEV2, List.of()));
        } finally {
            SignedIn.out();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEndUserFollowsAKnownOutageFromTheReportFormAndStopsAgain() {
        IncidentDetails incident = openIncident("Outgoing mail refused " + System.nanoTime());
        outages.add(FakeKnownOutages.openOutage(incident.id(), "Outgoing mail refused"));
        SignedIn.as(accounts, "user@demo.local");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(ReportProblemView.class);
        $(RadioButtonGroup.class).id("report-symptom").setValue(Symptom.CANNOT_SEND);
        $(Select.class).id("report-client").setValue(MailClient.WEBMAIL);

        String follow = "follow-" + incident.id();
        assertThat(label(follow)).isEqualTo("Follow this incident");
        click(follow);
        assertThat(label(follow)).isEqualTo("Stop following");
        assertThat($(Div.class).id("known-outages").getElement().getTextRecursively())
                .contains("You follow this incident");
        assertThat(subscriptions.following(incident.id())).isTrue();

        // Another person's subscriptions are their own: user2 does not follow it, and cannot undo user's.
        SignedIn.as(accounts, "user2@demo.local");
        assertThat(subscriptions.following(incident.id())).isFalse();
        subscriptions.unfollow(incident.id());
        SignedIn.as(accounts, "user@demo.local");
        assertThat(subscriptions.following(incident.id())).isTrue();

        click(follow);
        assertThat(label(follow)).isEqualTo("Follow this incident");
        assertThat(subscriptions.following(incident.id())).isFalse();
    }

    @Test
    void followingAnIncidentThatIsNoLongerOpenIsRefusedWithAMessage() {
        IncidentDetails incident = openIncident("Briefly down " + System.nanoTime());
        outages.add(FakeKnownOutages.openOutage(incident.id(), "Briefly down"));
        SignedIn.as(accounts, "user@demo.local");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(ReportProblemView.class);
        $(RadioButtonGroup.class).id("report-symptom").setValue(Symptom.CANNOT_SEND);
        $(Select.class).id("report-client").setValue(MailClient.WEBMAIL);
        String follow = "follow-" + incident.id();

        SignedIn.as(accounts, "it@demo.local");
        incidents.resolve(incident.id(), incidents.find(incident.id()).orElseThrow().version());
        SignedIn.as(accounts, "user@demo.local");
        click(follow);

        assertThat(label(follow)).isEqualTo("Follow this incident");
        assertThat(test($(com.vaadin.flow.component.notification.Notification.class).last()).getText())
                .contains("There is no open incident " + incident.reference());
        assertThat(subscriptions.following(incident.id())).isFalse();
    }

    @Test
    void staffFollowFromTheIncidentPage() {
        IncidentDetails incident = openIncident("Relay queue grows " + System.nanoTime());
        SignedIn.as(accounts, "manager@demo.local");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(IncidentView.class, Map.of("id", String.valueOf(incident.id())));
        click("incident-follow");
        assertThat(label("incident-follow")).isEqualTo("Stop following");
        assertThat(subscriptions.following(incident.id())).isTrue();
    }

    private String label(String id) {
        return $(Button.class).id(id).getText();
    }

    private void click(String id) {
        test($(Button.class).id(id)).click();
    }
}
