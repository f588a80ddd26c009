package org.outagedesk.incident;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.AccountService;
import org.outagedesk.report.ReportSpringTest;
import org.outagedesk.report.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** GET /api/v1/incidents and /{id}: JSON for IT staff, JSON refusals for everything else. */
@ReportSpringTest
class IncidentApiTest {

    static final String IT = "Bearer demo-it-token";
    static final String USER = "Bearer demo-user-token";

    @Autowired MockMvc mvc;
    @Autowired IncidentService incidents;
    @Autowired AccountService accounts;

    private IncidentDetails incident;

    @BeforeEach
    void anOpenIncident() {
        SignedIn.as(accounts, "it@demo.local");
        incident = incidents.open(new NewIncident("Webmail down", "Login page times out",
                EnumSet.of(MailService.WEBMAIL), Scope.ALL_USERS, Severity.SEV1, List.of()));
        SignedIn.out();
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void itStaffListIncidentsAndFilterByState() throws Exception {
        mvc.perform(get("/api/v1/incidents").header("Authorization", IT)).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].reference", hasItem(incident.reference())));
        mvc.perform(get("/api/v1/incidents?state=OPEN").header("Authorization", IT)).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].state", hasItem("OPEN")));
        mvc.perform(get("/api/v1/incidents?state=MERGED").header("Authorization", IT)).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].state", everyItem(is("MERGED"))))
                .andExpect(jsonPath("$[*].id", not(hasItem((int) incident.id()))));
    }

    @Test
    void oneIncidentHasItsDetails() throws Exception {
        mvc.perform(get("/api/v1/incidents/" + incident.id()).header("Authorization", IT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reference").value(incident.reference()))
                .andExpect(jsonPath("$.severity").value("SEV1"))
                .andExpect(jsonPath("$.phase").value("ASSESSMENT"))
                .andExpect(jsonPath("$.services[0]").value("WEBMAIL"))
                .andExpect(jsonPath("$.version").isNumber());
    }

    @Test
    void refusalsAreJsonAndNever500() throws Exception {
        mvc.perform(get("/api/v1/incidents/99999999").header("Authorization", IT)).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.error").value("not_found"));
        mvc.perform(get("/api/v1/incidents/abc").header("Authorization", IT)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.id").value("invalid"));
        mvc.perform(get("/api/v1/incidents/123456789012345678901234").header("Authorization", IT))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/incidents?state=BROKEN").header("Authorization", IT))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.state").value("invalid"));
        mvc.perform(get("/api/v1/incidents").header("Authorization", USER)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("forbidden"));
        mvc.perform(get("/api/v1/incidents/" + incident.id()).header("Authorization", USER))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/incidents")).andExpect(status().isUnauthorized());
    }
}
