package org.outagedesk.base.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ApiFailureFilterTest {

    private final ApiFailureFilter filter = new ApiFailureFilter(new BundleI18NProvider());

    @Test
    void anUnhandledExceptionOfAnApiRequestIs500Json() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/alerts/generic");
        request.addPreferredLocale(Locale.ENGLISH);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> {
            throw new IllegalStateException("nobody handled this");
        });
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"type\":\"urn:outagedesk:problem:internal\"",
                        "\"title\":\"Internal Server Error\"", "\"status\":500", "\"detail\":", "\"error\":\"internal\"")
                .doesNotContain("nobody handled this");
    }

    @Test
    void aQueryThatIsNotUtf8Is400() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", "/api/v1/incidents"), response, (req, res) -> {
            throw new jakarta.servlet.ServletException(new org.apache.tomcat.util.http.InvalidParameterException("bad"));
        });
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("\"status\":400");
    }

    @Test
    void sendErrorOfAnApiRequestIsJsonWithItsStatus() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/alerts/generic");
        request.addPreferredLocale(Locale.forLanguageTag("es"));
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> ((jakarta.servlet.http.HttpServletResponse) res).sendError(405));
        assertThat(response.getStatus()).isEqualTo(405);
        assertThat(response.getErrorMessage()).as("no container error page").isNull();
        assertThat(response.getContentAsString()).contains("\"status\":405", "method_not_allowed", "petición");
    }

    @Test
    void theErrorDispatchOfAnApiRequestIsJsonAndOtherErrorDispatchesPassOn() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setDispatcherType(DispatcherType.ERROR);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/alerts/generic");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentAsString()).contains("\"status\":500");
        assertThat(chain.getRequest()).as("not passed on to the UI chain").isNull();

        MockHttpServletRequest page = new MockHttpServletRequest("GET", "/error");
        page.setDispatcherType(DispatcherType.ERROR);
        page.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/incidents/7");
        MockFilterChain pageChain = new MockFilterChain();
        filter.doFilter(page, new MockHttpServletResponse(), pageChain);
        assertThat(pageChain.getRequest()).isNotNull();
    }
}
