package org.outagedesk.notification.internal;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.AccountService;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.NewIncident;
import org.outagedesk.incident.Scope;
import org.outagedesk.incident.Severity;
import org.outagedesk.report.ReportSpringTest;
import org.outagedesk.report.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** {@code /api/v1/incidents/{id}/subscription}: each caller sees and changes only their own subscription. */
@ReportSpringTest
class SubscriptionApiTest {

    static final String IT = "Bearer demo-it-token";
    static final String USER = "Bearer demo-user-token";

    @Autowired MockMvc mvc;
    @Autowired IncidentService incidents;
    @Autowired AccountService accounts;

    private IncidentDetails incident;

    @BeforeEach
    void anOpenIncident() {
        SignedIn.as(accounts, "it@demo.local");
        incident = incidents.open(new NewIncident("IMAP logins fail", null, EnumSet.of(MailService.WEBMAIL),
                Scope.ALL_USERS, Severity.SEV2, List.of()));
        SignedIn.out();
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    private String subscription() {
        return "/api/v1/incidents/" + incident.id() + "/subscription";
    }

    @Test
    void anEndUserFollowsAndStopsFollowingOnlyForThemselves() throws Exception {
        mvc.perform(get(subscription()).header("Authorization", USER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.following").value(false));
        mvc.perform(put(subscription()).header("Authorization", USER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.incidentId").value(incident.id()))
                .andExpect(jsonPath("$.following").value(true));
        mvc.perform(put(subscription()).header("Authorization", USER)).andExpect(status().isOk());
        mvc.perform(get(subscription()).header("Authorization", USER)).andExpect(jsonPath("$.following").value(true));

        // Someone else neither sees the user's subscription nor can remove it.
        mvc.perform(get(subscription()).header("Authorization", IT)).andExpect(jsonPath("$.following").value(false));
        mvc.perform(delete(subscription()).header("Authorization", IT)).andExpect(status().isOk());
        mvc.perform(get(subscription()).header("Authorization", USER)).andExpect(jsonPath("$.following").value(true));

        mvc.perform(delete(subscription()).header("Authorization", USER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.following").value(false));
        mvc.perform(post(subscription()).header("Authorization", IT)).andExpect(status().isOk())
                .andExpect(jsonPath("$.following").value(true));
    }

    @Test
    void refusalsAreJson() throws Exception {
        mvc.perform(get(subscription())).andExpect(status().isUnauthorized());
        mvc.perform(put("/api/v1/incidents/99999999/subscription").header("Authorization", USER))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.error").value("not_found"));
        mvc.perform(put("/api/v1/incidents/abc/subscription").header("Authorization", USER))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.id").value("invalid"));
        SignedIn.as(accounts, "it@demo.local");
        incidents.resolve(incident.id(), incident.version());
        SignedIn.out();
        mvc.perform(put(subscription()).header("Authorization", USER)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message", containsString("no open incident")));
    }

    @Test
    void theOpenApiDescriptionListsIt() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/incidents/{id}/subscription")))
                .andExpect(content().string(containsString("Follow an open incident")));
    }
}
