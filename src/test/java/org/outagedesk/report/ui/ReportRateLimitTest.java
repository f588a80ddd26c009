package org.outagedesk.report.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Locale;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.AccountService;
import org.outagedesk.report.MailClient;
import org.outagedesk.report.ReportService;
import org.outagedesk.report.ReportSpringTest;
import org.outagedesk.report.SignedIn;
import org.outagedesk.report.Symptom;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Report creation per person is limited, through the API and the form alike (here: 3 at once, 3 a minute). */
@ReportSpringTest
@TestPropertySource(properties = {"outagedesk.reports.per-person-burst=3", "outagedesk.reports.per-person-per-minute=3"})
class ReportRateLimitTest extends SpringBrowserlessTest {

    static final String CANNOT_SEND = """
            {"symptom":"CANNOT_SEND","service":"DESKTOP_CLIENT","errorText":"550 5.7.1 Relaying denied"}""";

    @Autowired MockMvc mvc;
    @Autowired AccountService accounts;
    @Autowired ReportService reports;

    @AfterAll
    static void signOut() {
        SignedIn.out();
    }

    ResultActions post(String token) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post("/api/v1/reports").header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON).content(CANNOT_SEND));
    }

    @Test
    void pastTheLimitTheApiAnswers429WithRetryAfterAndOthersAreNotHeldUp() throws Exception {
        for (int i = 0; i < 3; i++) {
            post("Bearer demo-user-token").andExpect(status().isCreated());
        }
        post("Bearer demo-user-token").andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", Matchers.matchesPattern("[1-9][0-9]*")))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.error").value("rate_limited"))
                .andExpect(jsonPath("$.message", Matchers.startsWith("You have sent many reports")));
        post("Bearer demo-it-token").andExpect(status().isCreated());
    }

    @Test
    @SuppressWarnings("unchecked")
    void pastTheLimitTheFormSaysSoInTheUsersLanguageAndKeepsWhatWasTyped() {
        SignedIn.as(accounts, "it2@demo.local");
        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));
        int before = reports.myReports().size();
        for (int i = 0; i < 4; i++) {
            navigate(ReportProblemView.class);
            $(RadioButtonGroup.class).id("report-symptom").setValue(Symptom.DELAYED);
            $(Select.class).id("report-client").setValue(MailClient.WEBMAIL);
            $(TextArea.class).id("report-description").setValue("Llegan con una hora de retraso " + i);
            test($(Button.class).id("report-submit")).click();
        }
        int stored = reports.myReports().size();

        assertThat(getCurrentView()).isInstanceOf(ReportProblemView.class);
        assertThat(test($(Notification.class).last()).getText()).startsWith("Ha enviado muchos avisos");
        assertThat($(TextArea.class).id("report-description").getValue()).isEqualTo("Llegan con una hora de retraso 3");
        assertThat($(RadioButtonGroup.class).id("report-symptom").getValue()).isEqualTo(Symptom.DELAYED);
        assertThat(stored).isEqualTo(before + 3);
    }
}
