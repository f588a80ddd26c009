package org.outagedesk.report;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@ReportSpringTest
class ReportApiTest {

    static final String USER = "Bearer demo-user-token";
    static final String IT = "Bearer demo-it-token";
    static final String CANNOT_SEND = """
            {"symptom":"CANNOT_SEND","service":"DESKTOP_CLIENT","errorText":"550 5.7.1 Relaying denied"}""";

    @Autowired MockMvc mvc;

    ResultActions post(String token, String body, String key) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/reports")
                .header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return mvc.perform(request);
    }

    long idOf(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    @Test
    void postingAReportAnswers201WithItsIdAndLocation() throws Exception {
        ResultActions created = post(USER, CANNOT_SEND, null).andExpect(status().isCreated())
                .andExpect(jsonPath("$.symptom").value("CANNOT_SEND"))
                .andExpect(jsonPath("$.service").value("DESKTOP_CLIENT"))
                .andExpect(jsonPath("$.status").value("RECEIVED"));
        long id = idOf(created);
        created.andExpect(header().string("Location", "/api/v1/reports/" + id));

        mvc.perform(get("/api/v1/reports/" + id).header("Authorization", USER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id));
        mvc.perform(get("/api/v1/reports/mine").header("Authorization", USER)).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem((int) id)));
    }

    @Test
    void aReplayWithTheSameIdempotencyKeyAnswersTheSameReport() throws Exception {
        String key = UUID.randomUUID().toString();
        long first = idOf(post(USER, CANNOT_SEND, key).andExpect(status().isCreated()));
        long again = idOf(post(USER, CANNOT_SEND, key).andExpect(status().isCreated()));
        org.assertj.core.api.Assertions.assertThat(again).isEqualTo(first);
    }

    @Test
    void badInputAnswers400WithFieldErrors() throws Exception {
        post(USER, """
                {"symptom":"ON_FIRE","service":"WEBMAIL"}""", null).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:outagedesk:problem:validation"))
                .andExpect(jsonPath("$.title").value("Bad Request"))
                .andExpect(jsonPath("$.detail").value("The report was refused; see the fields."))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.error").value("validation"))
                .andExpect(jsonPath("$.fields.symptom", containsString("CANNOT_SEND")));
        post(USER, "{\"symptom\":", null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("validation"))
                .andExpect(jsonPath("$.message").value("The request body is not valid JSON."));
        post(USER, """
                {"symptom":"DELAYED","service":"WEBMAIL","startedAt":"yesterday"}""", null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.startedAt", containsString("ISO-8601")));
        post(USER, """
                {"symptom":"DELAYED","service":"WEBMAIL","startedAt":"2999-01-01T00:00:00Z"}""", null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.startedAt").value("This time is in the future."));
        post(USER, """
                {"symptom":"DELAYED"}""", null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.service").value("Choose where you read your e-mail."));
        post(USER, """
                {"symptom":"OTHER","service":"OTHER","description":"%s"}""".formatted("x".repeat(4001)), null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.description", containsString("4,000")));
        post(USER, """
                {"symptom":"OTHER","service":"OTHER","description":["a"]}""", null)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.description").exists());
        post(USER, CANNOT_SEND, "a key with spaces").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields['Idempotency-Key']").exists());
        mvc.perform(get("/api/v1/reports/abc").header("Authorization", USER)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.id").exists());
    }

    @Test
    void someoneElsesReportIsNotFoundButItStaffSeesIt() throws Exception {
        long id = idOf(post(USER, CANNOT_SEND, null));
        mvc.perform(get("/api/v1/reports/" + id).header("Authorization", "Bearer demo-user2-token"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/reports/" + id).header("Authorization", IT)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/reports/mine").header("Authorization", IT)).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", not(hasItem((int) id))));
        long itsOwn = idOf(post(IT, CANNOT_SEND, null));
        mvc.perform(get("/api/v1/reports/" + itsOwn).header("Authorization", USER))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.error").value("not_found"));
        mvc.perform(get("/api/v1/reports/999999").header("Authorization", USER)).andExpect(status().isNotFound());
    }

    @Test
    void withoutATokenTheApiAnswers401() throws Exception {
        mvc.perform(get("/api/v1/reports/mine")).andExpect(status().isUnauthorized());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/reports")
                .contentType(MediaType.APPLICATION_JSON).content(CANNOT_SEND)).andExpect(status().isUnauthorized());
    }

    @Test
    void theOpenApiDescriptionListsTheReportEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/reports'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/reports/{id}'].get").exists());
    }
}
