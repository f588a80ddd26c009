package org.outagedesk.status.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outagedesk.status.internal.StatusHttp.PATHS;
import static org.outagedesk.status.internal.StatusHttp.get;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code outagedesk.status.visibility=authenticated}: anonymous readers are sent to sign in
 * (the page) or refused with 401 (feed, JSON) and get no session; a sign-in session or a
 * personal API token is served, and reading never creates a session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "outagedesk.status.visibility=authenticated")
@DirtiesContext
class StatusVisibilityIT {

    @LocalServerPort int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        StatusHttp.separateDatabase(registry);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void anonymousReadersAreSentToSignInOrRefusedWithoutASession() throws Exception {
        HttpResponse<String> page = get(url("/status"));
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).get().asString().endsWith("/login");
        assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();
        for (String path : PATHS.subList(1, PATHS.size())) {
            HttpResponse<String> refused = get(url(path));
            assertThat(refused.statusCode()).as(path).isEqualTo(401);
            assertThat(refused.headers().firstValue("WWW-Authenticate")).as(path).contains("Bearer");
            assertThat(refused.headers().firstValue("Set-Cookie")).as(path).isEmpty();
            assertThat(refused.body()).as(path).doesNotContain("INC-");
        }
        assertThat(get(url("/api/v1/status"), "Authorization", "Bearer not-a-token").statusCode()).isEqualTo(401);
    }

    @Test
    void aPersonalApiTokenIsServedWithoutASession() throws Exception {
        for (String path : PATHS) {
            HttpResponse<String> served = get(url(path), "Authorization", "Bearer demo-user-token");
            assertThat(served.statusCode()).as(path).isEqualTo(200);
            assertThat(served.headers().firstValue("Set-Cookie")).as(path).isEmpty();
            assertThat(served.headers().firstValue("Cache-Control")).as(path).get().asString().contains("private");
        }
        assertThat(get(url("/status?lang=en"), "Authorization", "Bearer demo-user-token").body())
                .contains("Mail service status");
    }

    @Test
    void aSignInSessionIsServed() throws Exception {
        String session = StatusHttp.signIn("http://localhost:" + port, "user@demo.local", "demo");
        for (String path : PATHS) {
            HttpResponse<String> served = get(url(path), "Cookie", session);
            assertThat(served.statusCode()).as(path).isEqualTo(200);
            assertThat(served.headers().firstValue("Set-Cookie")).as(path).isEmpty();
        }
    }
}
