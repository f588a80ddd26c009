package org.outagedesk.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.testsupport.LiveApplicationTest;
import org.outagedesk.testsupport.RequiredServices;
import org.outagedesk.testsupport.hostile.HostileCorpus;
import org.outagedesk.testsupport.hostile.HostileCount;
import org.outagedesk.testsupport.hostile.HostileInput;
import org.outagedesk.testsupport.hostile.JsonText;
import org.outagedesk.testsupport.hostile.TextRule;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hostile-input corpus through the REST API over real HTTP (app on a random port, MariaDB):
 * every text into every text field of a report, malformed and wrongly typed JSON, bad dates and
 * bad ids. Never a 5xx; a refusal carries a message in the request's language (Spanish here); what
 * is stored reads back exactly as typed (after the documented normalisation).
 */
class HostileApiIT extends LiveApplicationTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String USER_TOKEN = "demo-user-token";
    private static final String IT_TOKEN = "demo-it-token";

    @Autowired BundleI18NProvider i18n;

    @BeforeEach
    void needsMariaDb() {
        RequiredServices.mariaDb();
    }

    @Test
    void everyReportTextFieldStoresAsTypedOrRefusesInTheRequestLanguage() throws Exception {
        SoftAssertions soft = new SoftAssertions();
        Map<String, TextRule> fields = Map.of("description", TextRule.text(4000).countingCodePoints(),
                "errorText", TextRule.text(2000).countingCodePoints(),
                "affectedAddress", TextRule.line(254).countingCodePoints());
        for (Map.Entry<String, TextRule> field : fields.entrySet()) {
            int combinations = 0;
            for (HostileInput input : HostileCorpus.forField(field.getValue())) {
                String body = "{\"symptom\":\"CANNOT_SEND\",\"service\":\"WEBMAIL\",\"" + field.getKey() + "\":"
                        + JsonText.quote(input.value()) + "}";
                HttpResponse<String> response = post("/api/v1/reports", body);
                String what = field.getKey() + ": " + input.describe();
                Optional<String> expected = field.getValue().expect(input.value());
                soft.assertThat(response.statusCode()).as(what + " → " + response.body()).isIn(201, 400);
                if (response.statusCode() == 201) {
                    soft.assertThat(expected).as(what + " was stored although it breaks the field's rule").isPresent();
                    JsonNode stored = JSON.readTree(get(response.headers().firstValue("Location").orElseThrow(),
                            USER_TOKEN).body());
                    JsonNode value = stored.get(field.getKey());
                    soft.assertThat(value == null || value.isNull() ? "" : value.asString()).as(what)
                            .isEqualTo(expected.orElse(null));
                } else if (response.statusCode() == 400) {
                    if (!"affectedAddress".equals(field.getKey())) {
                        soft.assertThat(expected).as(what + " was refused: " + response.body()).isEmpty();
                    }
                    JsonNode refusal = JSON.readTree(response.body());
                    soft.assertThat(spanish(refusal.get("fields").get(field.getKey()).asString()))
                            .as(what + " Spanish field message: " + response.body()).isTrue();
                }
                combinations++;
            }
            HostileCount.add("API report " + field.getKey(), combinations);
        }
        soft.assertAll();
    }

    @Test
    void malformedAndWronglyTypedBodiesAndBadDatesAre4xxWithAMessage() throws Exception {
        SoftAssertions soft = new SoftAssertions();
        int combinations = 0;
        for (String body : HostileCorpus.malformedJson()) {
            HttpResponse<String> response = post("/api/v1/reports", body);
            soft.assertThat(response.statusCode()).as("malformed %s → %s", body, response.body()).isEqualTo(400);
            soft.assertThat(spanish(JSON.readTree(response.body()).get("message").asString())).as(body).isTrue();
            combinations++;
        }
        for (String body : HostileCorpus.wronglyTypedJson()) {
            HttpResponse<String> response = post("/api/v1/reports", body);
            soft.assertThat(response.statusCode()).as("wrongly typed %s → %s", body, response.body()).isIn(201, 400);
            combinations++;
        }
        for (String date : HostileCorpus.badDates()) {
            String body = "{\"symptom\":\"CANNOT_SEND\",\"service\":\"WEBMAIL\",\"startedAt\":" + JsonText.quote(date)
                    + "}";
            HttpResponse<String> response = post("/api/v1/reports", body);
            soft.assertThat(response.statusCode()).as("startedAt %s → %s", date, response.body()).isIn(201, 400);
            if (response.statusCode() == 400) {
                soft.assertThat(JSON.readTree(response.body()).get("fields").has("startedAt")).as(date).isTrue();
            }
            combinations++;
        }
        soft.assertAll();
        HostileCount.add("API report bodies and dates", combinations);
    }

    @Test
    void badIdsAndParametersNeverAnswer5xx() throws Exception {
        SoftAssertions soft = new SoftAssertions();
        int combinations = 0;
        for (String id : HostileCorpus.badIds()) {
            for (String path : new String[] {"/api/v1/reports/", "/api/v1/incidents/", "/incidents/"}) {
                HttpResponse<String> response = get(path + id, IT_TOKEN);
                soft.assertThat(response.statusCode()).as(path + id).isBetween(200, 499);
                combinations++;
            }
            HttpResponse<String> state = get("/api/v1/incidents?state=" + id, IT_TOKEN);
            soft.assertThat(state.statusCode()).as("state=" + id).isBetween(200, 499);
            HttpResponse<String> language = get("/status?lang=" + id, null);
            // 400 only from Tomcat itself, for characters no request line may carry (e.g. a bare '[').
            soft.assertThat(language.statusCode()).as("lang=" + id).isIn(200, 400);
            if (language.statusCode() == 400) {
                soft.assertThat(language.body()).as("lang=" + id).doesNotContain("Exception", "at org.");
            }
            combinations += 2;
        }
        soft.assertAll();
        HostileCount.add("API ids and parameters", combinations);
    }

    private boolean spanish(String message) {
        return message != null && !message.isBlank() && i18n.messages(Locale.forLanguageTag("es")).values().stream()
                .map(pattern -> pattern.replaceAll("\\{\\d+}.*", "").strip())
                .filter(prefix -> !prefix.isEmpty()).anyMatch(message::startsWith);
    }

    /**
     * The address as given; a value no URI may hold (a space, a bare %) is sent percent-encoded: the
     * query parameter's value when there is a query, else the last path segment.
     */
    private URI uri(String path) {
        String full = path.startsWith("http") ? path : baseUrl() + path;
        try {
            return URI.create(full);
        } catch (IllegalArgumentException notAUri) {
            int query = full.indexOf('?');
            int cut = query >= 0 ? full.indexOf('=', query) + 1 : full.lastIndexOf('/') + 1;
            return URI.create(full.substring(0, cut) + URLEncoder.encode(full.substring(cut), StandardCharsets.UTF_8));
        }
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + USER_TOKEN).header("Content-Type", "application/json")
                .header("Accept-Language", "es-ES,es;q=0.9")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Accept-Language", "es");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
