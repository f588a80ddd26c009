package org.outagedesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** {@code GET /api/v1/reports/mine} in pages: newest first, the total in a header, a link to the next page. */
@ReportSpringTest
class MyReportsPagingApiTest {

    static final String USER = ReportApiTest.USER;

    @Autowired MockMvc mvc;

    long post() throws Exception {
        MvcResult created = mvc.perform(MockMvcRequestBuilders.post("/api/v1/reports").header("Authorization", USER)
                .contentType(MediaType.APPLICATION_JSON).content(ReportApiTest.CANNOT_SEND))
                .andExpect(status().isCreated()).andReturn();
        return ((Number) JsonPath.read(created.getResponse().getContentAsString(), "$.id")).longValue();
    }

    MvcResult mine(String query) throws Exception {
        return mvc.perform(get("/api/v1/reports/mine" + query).header("Authorization", USER))
                .andExpect(status().isOk()).andReturn();
    }

    static List<Integer> ids(MvcResult page) throws Exception {
        return JsonPath.read(page.getResponse().getContentAsString(), "$[*].id");
    }

    @Test
    void withoutParametersTheNewestFiftyComeWithTheTotalAndALinkToTheNextPage() throws Exception {
        long newest = 0;
        for (int i = 0; i < 51; i++) {
            newest = post();
        }
        MvcResult first = mine("");
        long total = Long.parseLong(first.getResponse().getHeader("X-Total-Count"));

        assertThat(total).isGreaterThanOrEqualTo(51);
        assertThat(ids(first)).hasSize(50).first().isEqualTo((int) newest);
        assertThat(first.getResponse().getHeader("Link"))
                .isEqualTo("</api/v1/reports/mine?page=1&size=50>; rel=\"next\"");
    }

    @Test
    void pagesFollowEachOtherNewestFirstAndTheLastHasNoNextLink() throws Exception {
        long older = post();
        long newer = post();
        List<Integer> firstPage = ids(mine("?page=0&size=2"));
        List<Integer> secondPage = ids(mine("?page=1&size=2"));

        assertThat(firstPage).containsExactly((int) newer, (int) older);
        assertThat(secondPage).hasSize(2).allSatisfy(id -> assertThat(id).isLessThan((int) older));

        long total = Long.parseLong(mine("?size=1").getResponse().getHeader("X-Total-Count"));
        MvcResult last = mine("?page=" + (total - 1) + "&size=1");
        assertThat(ids(last)).hasSize(1);
        assertThat(last.getResponse().getHeader("Link")).isNull();
        assertThat(ids(mine("?page=" + total + "&size=1"))).isEmpty();
    }

    @Test
    void aPageLargerThanTwoHundredOrBeforeTheFirstIsRefusedWithTheField() throws Exception {
        mvc.perform(get("/api/v1/reports/mine?size=201").header("Authorization", USER))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("validation"))
                .andExpect(jsonPath("$.fields.size", containsString("200")));
        mvc.perform(get("/api/v1/reports/mine?size=0").header("Authorization", USER))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.size").exists());
        mvc.perform(get("/api/v1/reports/mine?page=-1").header("Authorization", USER))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.page").exists());
    }

    @Test
    void theOpenApiDescriptionNamesThePagingParametersAndHeaders() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/reports/mine'].get.parameters[*].name", hasItem("page")))
                .andExpect(jsonPath("$.paths['/api/v1/reports/mine'].get.parameters[*].name", hasItem("size")))
                .andExpect(jsonPath("$.paths['/api/v1/reports/mine'].get.responses['200'].headers['X-Total-Count']")
                        .exists())
                .andExpect(header().string("Content-Type", containsString("json")));
    }
}
