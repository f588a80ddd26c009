package org.outagedesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.outagedesk.account.ApiTokenService;
import org.outagedesk.account.NewApiToken;
import org.outagedesk.testsupport.LiveApplicationTest;
import org.outagedesk.testsupport.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The REST API and actuator behind personal API tokens, over real HTTP; tokens stored as hashes only. */
class ApiSecurityIT extends LiveApplicationTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Autowired
    ApiTokenService apiTokens;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void meWithAValidTokenIsTheTokensOwner() throws Exception {
        HttpResponse<String> response = get("/api/v1/me", "demo-it-token");
        assertThat(response.statusCode()).isEqualTo(200);
        assertJson(response);
        assertThat(response.body()).contains("\"email\":\"it@demo.local\"", "\"IT_STAFF\"")
                .doesNotContain("password");
    }

    @Test
    void meWithoutOrWithABadTokenIs401Json() throws Exception {
        for (HttpResponse<String> response : new HttpResponse[] {get("/api/v1/me", null), get("/api/v1/me", "wrong")}) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertJson(response);
            assertThat(response.body()).contains("\"status\":401");
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    value -> assertThat(value).startsWith("Bearer"));
        }
    }

    @Test
    void aRevokedTokenIsRefusedAtOnce() throws Exception {
        NewApiToken token = SignedIn.as(accounts, "user2@demo.local", () -> apiTokens.create("Soon revoked"));
        assertThat(get("/api/v1/me", token.secret()).statusCode()).isEqualTo(200);

        SignedIn.as(accounts, "user2@demo.local", () -> apiTokens.revoke(token.token().id()));
        HttpResponse<String> response = get("/api/v1/me", token.secret());
        assertThat(response.statusCode()).isEqualTo(401);
        assertJson(response);
    }

    @Test
    void healthIsPublic() throws Exception {
        HttpResponse<String> response = get("/actuator/health", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void aMailOutageLeavesThePortalsHealthUpAndShowsInTheMailGroup() throws Exception {
        assertThat(get("/actuator/health/mail", null).statusCode()).isEqualTo(200);
        mailServer.stop();
        try {
            HttpResponse<String> portal = get("/actuator/health", null);
            assertThat(portal.statusCode()).as("a load balancer keeps the node in").isEqualTo(200);
            assertThat(portal.body()).contains("\"status\":\"UP\"");
            HttpResponse<String> mail = get("/actuator/health/mail", null);
            assertThat(mail.statusCode()).as("a mail monitor sees the outage").isEqualTo(503);
            assertThat(mail.body()).contains("\"status\":\"MAIL_UNREACHABLE\"");
        } finally {
            mailServer.start();
        }
        assertThat(get("/actuator/health/mail", null).statusCode()).isEqualTo(200);
    }

    @Test
    void prometheusOnlyForAdmins() throws Exception {
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        HttpResponse<String> forbidden = get("/actuator/prometheus", "demo-user-token");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertJson(forbidden);

        NewApiToken admin = SignedIn.as(accounts, "admin@demo.local", () -> apiTokens.create("Prometheus"));
        HttpResponse<String> metrics = get("/actuator/prometheus", admin.secret());
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void onlyTheHashOfATokenIsStored() throws Exception {
        NewApiToken token = SignedIn.as(accounts, "user2@demo.local", () -> apiTokens.create("Stored as a hash"));

        Map<String, Object> row = jdbc.queryForMap("select * from api_token where id = ?", token.token().id());
        assertThat(row.values()).noneMatch(value -> value != null && value.toString().contains(token.secret()));
        assertThat(row.get("token_hash").toString()).matches("[0-9a-f]{64}")
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(token.secret().getBytes(StandardCharsets.UTF_8))));
        assertThat(token.secret()).startsWith(row.get("token_prefix").toString());
        assertThat(row.get("token_prefix").toString()).hasSizeLessThanOrEqualTo(10);
    }

    private HttpResponse<String> get(String path, String bearerToken) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .timeout(Duration.ofSeconds(20)).GET();
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** JSON, and a refusal an RFC 9457 problem detail. */
    private static void assertJson(HttpResponse<String> response) {
        String expected = response.statusCode() >= 400 ? "application/problem+json" : "application/json";
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(expected));
        if (response.statusCode() >= 400) {
            assertThat(response.body()).contains("\"type\":\"urn:outagedesk:problem:", "\"title\":",
                    "\"status\":" + response.statusCode(), "\"detail\":");
        }
    }
}
