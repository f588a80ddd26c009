package org.outagedesk.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.outagedesk.testsupport.ReaderLanguage;
import org.outagedesk.testsupport.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;

/** What the alert endpoints refuse, and how: wrong tokens, bad JSON, too large, too many. */
class AlertWebhookGuardsIT extends AlertApiTest {

    private static final String PATH = "/api/v1/alerts/alertmanager";

    @Autowired
    AlertAdministration administration;

    @Autowired
    Environment environment;

    @Test
    void aMissingOrWrongTokenOrAPersonalApiTokenIs401Json() {
        String body = payload("firing-single", newRun());
        for (String token : new String[] {null, "wrong", "demo-it-token"}) {
            HttpResponse<String> response = post(PATH, token, body);
            assertThat(response.statusCode()).as("token %s", token).isEqualTo(401);
            assertThat(json(response).get("status").asInt()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    value -> assertThat(value).startsWith("Bearer"));
        }
    }

    @Test
    void wrongTokensFromOneAddressAre429AfterTheLimitWhileTheRightTokenWorksFromElsewhere() {
        int limit = environment.getProperty("outagedesk.alerts.failed-token-limit", Integer.class, 10);
        for (int i = 0; i < limit; i++) {
            assertThat(postFrom("127.0.0.7", null, "wrong-" + i, "{}").statusCode()).as("wrong token %d", i)
                    .isEqualTo(401);
        }
        HttpResponse<String> refused = postFrom("127.0.0.7", null, "wrong-again", "{}");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(json(refused).get("error").asString()).isEqualTo("rate_limited");
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
        assertThat(postFrom("127.0.0.7", null, TOKEN, "{}").statusCode())
                .as("even the right token, from the address that guessed").isEqualTo(429);
        assertThat(postFrom("127.0.0.8", null, TOKEN, "{}").statusCode())
                .as("the right token from another address").isEqualTo(400);
    }

    @Test
    void aWrongMethodIsJsonNeverARedirectToSignIn() throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(baseUrl() + "/api/v1/alerts/generic")).header("Authorization", "Bearer " + TOKEN)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isIn(404, 405);
        assertThat(json(response).get("status").asInt()).isEqualTo(response.statusCode());
    }

    @Test
    void theAlertTokenOpensNothingElse() {
        HttpResponse<String> response = post("/api/v1/reports", TOKEN, "{}");
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void malformedJsonAndWrongTypesAre400WithAClearBody() {
        HttpResponse<String> malformed = post(PATH, TOKEN, "{\"version\": \"4\", \"alerts\": [");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(json(malformed).get("error").asString()).isEqualTo("malformed_json");
        assertThat(malformed.body()).doesNotContain("Exception", "at org.");

        HttpResponse<String> wrongType = post(PATH, TOKEN, "{\"status\": \"firing\", \"alerts\": \"many\"}");
        assertThat(wrongType.statusCode()).isEqualTo(400);
        JsonNode problem = json(wrongType);
        assertThat(problem.get("error").asString()).isEqualTo("wrong_type");
        assertThat(problem.get("fields").has("alerts")).isTrue();

        HttpResponse<String> badStatus = post(PATH, TOKEN, payload("firing-single", newRun())
                .replace("\"status\": \"firing\",\n  \"receiver\"", "\"status\": \"burning\",\n  \"receiver\""));
        assertThat(badStatus.statusCode()).isEqualTo(400);
        assertThat(json(badStatus).get("message").asString()).contains("'status' must be 'firing' or 'resolved'");

        HttpResponse<String> noAlerts = post(PATH, TOKEN, "{\"status\": \"firing\", \"alerts\": []}");
        assertThat(noAlerts.statusCode()).isEqualTo(400);
        assertThat(json(noAlerts).get("fields").has("alerts")).isTrue();
    }

    @Test
    void aBodyOverTheLimitIs413() {
        String huge = "{\"status\": \"firing\", \"receiver\": \"" + "x".repeat(1_100_000) + "\", \"alerts\": []}";
        HttpResponse<String> response = post(PATH, TOKEN, huge);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).get("error").asString()).isEqualTo("too_large");
    }

    @Test
    void aGeneratedTokenWorksUntilRotatedAndPastTheRateItIs429WithRetryAfter() {
        String token = SignedIn.as(accounts, "admin@demo.local", () -> administration.rotateToken());
        assertThat(SignedIn.as(accounts, "admin@demo.local", () -> administration.tokenStatus()).prefix())
                .isEqualTo(token.substring(0, 10));
        int limit = SignedIn.as(accounts, "admin@demo.local", () -> administration.mapping()).rateLimitPerMinute();
        HttpResponse<String> response = null;
        int accepted = 0;
        for (int i = 0; i < 2 * limit; i++) {
            response = post(PATH, token, "{}");
            if (response.statusCode() == 429) {
                break;
            }
            assertThat(response.statusCode()).as("a valid token, an empty body").isEqualTo(400);
            accepted++;
        }
        assertThat(accepted).as("the bucket holds a minute's rate and refills while we send")
                .isBetween(limit, limit + limit / 2);
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(json(response).get("error").asString()).isEqualTo("rate_limited");
        assertThat(response.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));

        SignedIn.as(accounts, "admin@demo.local", () -> administration.rotateToken());
        assertThat(post(PATH, token, "{}").statusCode()).as("the old token after rotation").isEqualTo(401);
    }

    @Test
    void theGenericWebhookOpensUpdatesAndResolvesByItsKey() {
        String key = "imap-check-" + newRun();
        String firing = "{\"source\": \"uptime-kuma\", \"key\": \"" + key + "\", \"status\": \"firing\", "
                + "\"title\": \"IMAP is not answering\", \"severity\": \"major\", \"services\": [\"imap\"], "
                + "\"description\": \"3 checks failed\", \"url\": \"https://kuma.example.org/dashboard/7\"}";
        JsonNode opened = json(post("/api/v1/alerts/generic", TOKEN, firing));
        assertThat(opened.get("outcome").asString()).isEqualTo("OPENED");
        long id = opened.get("incidentId").asLong();
        assertThat(incident(id).severity().name()).isEqualTo("SEV2");

        assertThat(json(post("/api/v1/alerts/generic", TOKEN, firing)).get("incidentId").asLong()).isEqualTo(id);
        JsonNode resolved = json(post("/api/v1/alerts/generic", TOKEN, firing.replace("\"firing\"", "\"resolved\"")));
        assertThat(resolved.get("outcome").asString()).isEqualTo("RESOLVED");
        assertThat(timeline(id, org.outagedesk.incident.TimelineKind.MONITORING)).hasSize(3).first()
                .satisfies(item -> assertThat(ReaderLanguage.timelineText(ReaderLanguage.ENGLISH, ZoneOffset.UTC)
                        .describe(item)).startsWith("reported from uptime-kuma: 0 firing"));

        HttpResponse<String> noTitle = post("/api/v1/alerts/generic", TOKEN,
                "{\"source\": \"kuma\", \"key\": \"k\", \"status\": \"firing\"}");
        assertThat(noTitle.statusCode()).isEqualTo(400);
        assertThat(json(noTitle).get("fields").has("title")).isTrue();
    }

    @Test
    void theOpenApiDescriptionDocumentsBothWebhooks() throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(baseUrl() + "/v3/api-docs")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("/api/v1/alerts/alertmanager", "/api/v1/alerts/generic",
                "GenericAlert", "AlertmanagerPayload", "\"429\"");
    }
}
