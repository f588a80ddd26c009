package org.outagedesk.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.AccountService;
import org.outagedesk.report.FakeKnownOutages;
import org.outagedesk.report.MailClient;
import org.outagedesk.report.ReportService;
import org.outagedesk.report.ReportSpringTest;
import com.vaadin.flow.router.RouterLink;
import org.outagedesk.report.ReportSummary;
import org.outagedesk.report.SignedIn;
import org.outagedesk.report.Symptom;
import org.springframework.beans.factory.annotation.Autowired;

@ReportSpringTest
class ReportProblemViewTest extends SpringBrowserlessTest {

    @Autowired AccountService accounts;
    @Autowired ReportService reports;
    @Autowired FakeKnownOutages outages;

    @BeforeEach
    void signIn() {
        outages.clear();
        SignedIn.as(accounts, "it2@demo.local");
    }

    /** After the class, not each test: Vaadin runs pending live updates while tearing a test's UI down. */
    @AfterAll
    static void signOut() {
        SignedIn.out();
    }

    /** The form's controls, found by their stable ids (the view itself is a security proxy). */
    record Form(RadioButtonGroup<Symptom> symptom, Select<MailClient> client, TextArea errorText,
            TextArea description, EmailField address, Button submit) {}

    @SuppressWarnings("unchecked")
    Form openForm() {
        navigate(ReportProblemView.class);
        return new Form($(RadioButtonGroup.class).id("report-symptom"), $(Select.class).id("report-client"),
                $(TextArea.class).id("report-error"), $(TextArea.class).id("report-description"),
                $(EmailField.class).id("report-address"), $(Button.class).id("report-submit"));
    }

    @Test
    void refusalsAppearOnTheirFieldsInTheUsersLanguage() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));
        Form form = openForm();

        test(form.submit).click();
        assertThat(form.symptom.isInvalid()).isTrue();
        assertThat(form.symptom.getErrorMessage()).isEqualTo("Elija qué ocurre.");

        form.symptom.setValue(Symptom.OTHER);
        form.client.setValue(MailClient.WEBMAIL);
        test(form.submit).click();
        assertThat(form.symptom.isInvalid()).isFalse();
        assertThat(form.description.isInvalid()).isTrue();
        assertThat(form.description.getErrorMessage()).isEqualTo("Describa el problema.");
        assertThat(form.submit.isEnabled()).isTrue();

        form.description.setValue("No veo la carpeta compartida");
        form.address.setValue("no es una dirección");
        test(form.submit).click();
        assertThat(form.address.getErrorMessage()).startsWith("Introduzca una dirección de correo");
    }

    @Test
    void aDoubleClickStoresOneReportAndOpensMyReports() {
        int before = reports.myReports().size();
        Form form = openForm();
        form.symptom.setValue(Symptom.CANNOT_SEND);
        form.client.setValue(MailClient.DESKTOP_CLIENT);
        form.errorText.setValue("0x800CCC0F");

        // Two clicks reaching the server before the browser disabled the button.
        ComponentUtil.fireEvent(form.submit, new ClickEvent<Button>(form.submit));
        ComponentUtil.fireEvent(form.submit, new ClickEvent<Button>(form.submit));

        List<ReportSummary> mine = reports.myReports();
        assertThat(mine).hasSize(before + 1);
        assertThat(mine.getFirst().errorText()).isEqualTo("0x800CCC0F");
        assertThat(getCurrentView()).isInstanceOf(MyReportsView.class);
        assertThat(test($(Notification.class).last()).getText()).contains("#" + mine.getFirst().id());
    }

    @Test
    void aKnownOutageIsOfferedAndJoinedWithOneClick() {
        outages.add(FakeKnownOutages.openOutage(501L, "Outgoing mail is down"));
        Form form = openForm();
        assertThat($(Div.class).withId("known-outages").exists()).isFalse();

        form.symptom.setValue(Symptom.CANNOT_SEND);
        form.client.setValue(MailClient.WEBMAIL);
        Div box = $(Div.class).id("known-outages");
        assertThat(box.getElement().getTextRecursively()).contains("INC-501", "Outgoing mail is down",
                "Investigating");

        test($(Button.class).id("join-501")).click();

        assertThat(getCurrentView()).isInstanceOf(MyReportsView.class);
        assertThat(reports.myReports()).anySatisfy(report -> {
            assertThat(report.incidentId()).isEqualTo(501L);
            assertThat(report.joinedIncident()).isTrue();
        });
        assertThat(test($(Notification.class).last()).getText()).contains("INC-501");
    }

    @Test
    void someoneAlreadyInAnOutageIsNotOfferedToJoinItAgain() {
        outages.add(FakeKnownOutages.openOutage(502L, "Incoming mail is late"));
        outages.add(FakeKnownOutages.openOutage(503L, "Webmail is slow"));
        ReportSummary joined = reports.joinIncident(502L, Symptom.DELAYED, MailClient.WEBMAIL);

        Form form = openForm();
        form.symptom.setValue(Symptom.DELAYED);
        form.client.setValue(MailClient.WEBMAIL);

        assertThat($(Button.class).withId("join-502").exists()).isFalse();
        Div already = $(Div.class).id("already-in-502");
        assertThat(already.getElement().getTextRecursively()).contains("#" + joined.id(), "INC-502");
        assertThat($(RouterLink.class).id("already-in-502-link").getHref()).isEqualTo("reports/mine");
        // Another outage the person is not in is still offered.
        assertThat($(Button.class).withId("join-503").exists()).isTrue();
    }
}
