package org.outagedesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.outagedesk.testsupport.LiveApplicationTest;
import org.outagedesk.testsupport.WebSession;

/**
 * Browser security headers on every kind of response (a Vaadin page, the login page, the API,
 * the status page and feed, error answers of each chain), and the session cookie: HttpOnly,
 * SameSite=Lax, Secure behind a TLS proxy, renewed at sign-in, never in a URL, never created
 * for API or status requests.
 */
class SecurityHeadersIT extends LiveApplicationTest {

    @Test
    void everyKindOfResponseCarriesTheSecurityHeaders() {
        WebSession anonymous = new WebSession(baseUrl());
        WebSession signedIn = new WebSession(baseUrl()).signIn("user2@demo.local", "demo");
        Map<String, HttpResponse<String>> responses = Map.of(
                "Vaadin page", signedIn.get("/reports/mine"),
                "login page", anonymous.get("/login"),
                "API answer", api(anonymous, "/api/v1/me"),
                "API 404", api(anonymous, "/api/v1/reports/987654321"),
                "unknown API path", api(anonymous, "/api/v1/no-such-thing"),
                "API 401", anonymous.get("/api/v1/me"),
                "status page", anonymous.get("/status"),
                "Atom feed", anonymous.get("/status/feed.atom"),
                "unknown status path", anonymous.get("/status/no-such-thing"),
                "unknown page, signed out", anonymous.get("/no-such-page"));

        responses.forEach((what, response) -> {
            assertThat(header(response, "Content-Security-Policy")).as("CSP of the %s", what)
                    .contains("frame-ancestors 'none'", "base-uri", "form-action");
            assertThat(header(response, "X-Content-Type-Options")).as("nosniff on the %s", what).isEqualTo("nosniff");
            assertThat(header(response, "Referrer-Policy")).as("Referrer-Policy of the %s", what)
                    .isEqualTo("strict-origin-when-cross-origin");
            assertThat(header(response, "X-Frame-Options")).as("X-Frame-Options of the %s", what).isEqualTo("DENY");
        });
        assertThat(responses.get("API 404").statusCode()).isEqualTo(404);
        assertThat(responses.get("unknown API path").statusCode()).isEqualTo(404);
        assertThat(responses.get("unknown API path").body()).contains("\"status\":404");
        assertThat(header(responses.get("Vaadin page"), "Content-Security-Policy")).contains("object-src 'none'");
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteAndSecureOnlyBehindATlsProxy() throws Exception {
        WebSession plain = new WebSession(baseUrl());
        String cookie = sessionCookie(plain.get("/login"));
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure");

        WebSession notAProxy = new WebSession(baseUrl());
        HttpResponse<String> claimed = notAProxy.send(notAProxy.request("/login").header("X-Forwarded-Proto", "https").GET());
        assertThat(sessionCookie(claimed)).as("X-Forwarded-Proto from a client that is no configured proxy")
                .doesNotContain("Secure");

        // 127.0.0.2 is the configured proxy of the test configuration.
        WebSession proxied = new WebSession("http://127.0.0.1:" + port, InetAddress.getByName("127.0.0.2"));
        HttpResponse<String> viaTls = proxied.send(proxied.request("/login").header("X-Forwarded-Proto", "https").GET());
        assertThat(sessionCookie(viaTls)).contains("HttpOnly", "Secure").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void signingInGivesANewSessionId() {
        WebSession session = new WebSession(baseUrl());
        String before = sessionCookie(session.get("/login")).split(";")[0];
        session.signIn("user2@demo.local", "demo");
        HttpResponse<String> page = session.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(session.cookie("JSESSIONID")).isNotEqualTo(before.substring(before.indexOf('=') + 1));
    }

    @Test
    void theSessionIdNeverTravelsInAUrl() {
        HttpResponse<String> redirect = new WebSession(baseUrl()).get("/VAADIN/no-such-file.js");
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(header(redirect, "Location")).endsWith("/login").doesNotContainIgnoringCase("jsessionid");
    }

    @Test
    void apiAndStatusRequestsCreateNoSession() {
        WebSession client = new WebSession(baseUrl());
        for (HttpResponse<String> response : List.of(api(client, "/api/v1/me"), api(client, "/api/v1/no-such-thing"),
                client.get("/status"), client.get("/status/feed.atom"), client.get("/api/v1/status"))) {
            assertThat(response.headers().allValues("Set-Cookie")).as(response.uri().toString()).isEmpty();
        }
    }

    private static HttpResponse<String> api(WebSession session, String path) {
        return session.send(session.request(path).header("Authorization", "Bearer demo-user-token").GET());
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie from " + response.uri()));
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElse("(missing on " + response.uri() + ")");
    }
}
