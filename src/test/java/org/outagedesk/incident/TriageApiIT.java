package org.outagedesk.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.report.MailClient;
import org.outagedesk.report.ReportService;
import org.outagedesk.report.ReportSummary;
import org.outagedesk.report.Symptom;
import org.outagedesk.report.TestPeople;
import org.outagedesk.testsupport.LiveApplicationTest;
import org.outagedesk.testsupport.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/v1/triage/groups} over real HTTP with the demo accounts' API tokens: the same
 * server error from two clients is one group with its signature, and the API gives the same
 * suggestion and reason as the triage card, in the caller's language; only IT staff may read it.
 */
class TriageApiIT extends LiveApplicationTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired ReportService reports;
    @Autowired TriageService triage;
    @Autowired BundleI18NProvider i18n;

    @Test
    void theSameServerErrorFromTwoClientsIsOneGroupWithTheCardsReasonInTheCallersLanguage() throws Exception {
        String code = "451 4.7." + ThreadLocalRandom.current().nextInt(100, 1000);
        ReportSummary outlook = TestPeople.reportAs(accounts, reports, "user@demo.local", Symptom.CANNOT_SEND,
                MailClient.DESKTOP_CLIENT, "Sending reported error (0x800CCC67): '" + code + " Temporary server error'",
                null);
        ReportSummary webmail = TestPeople.reportAs(accounts, reports, "user2@demo.local", Symptom.CANNOT_SEND,
                MailClient.WEBMAIL, "Temporary server error (" + code + ")", null);

        HttpResponse<String> response = get("demo-it-token", "es-ES");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode group = StreamSupport.stream(JSON.readTree(response.body()).spliterator(), false)
                .filter(node -> node.get("errorText").asString("").contains(code)).findFirst().orElseThrow();

        assertThat(group.get("reports").valueStream().map(JsonNode::asLong).toList())
                .containsExactlyInAnyOrder(outlook.id(), webmail.id());
        assertThat(group.get("clients").valueStream().map(JsonNode::asString).toList())
                .containsExactlyInAnyOrder("DESKTOP_CLIENT", "WEBMAIL");
        assertThat(group.at("/signature/replyCode").asInt()).isEqualTo(451);
        assertThat(group.at("/signature/enhancedCode").asString()).isEqualTo(code.substring(4));
        assertThat(group.at("/signature/side").asString()).isEqualTo("SERVER");
        assertThat(group.get("probableCauses")).isNotEmpty();

        TriageGroup card = SignedIn.as(accounts, "it@demo.local", () -> triage.suggestions().stream()
                .filter(suggested -> suggested.reportIds().contains(outlook.id())).findFirst().orElseThrow());
        Locale spanish = Locale.forLanguageTag("es");
        assertThat(group.get("suggestedScope").asString()).isEqualTo(card.scope().name());
        assertThat(group.get("suggestedSeverity").asString()).isEqualTo(card.severity().name());
        assertThat(group.get("suggestion").asString()).as("the card's words, in Spanish").isEqualTo(
                TriageReasons.suggestion(card, (key, arguments) -> i18n.getTranslation(key, spanish, arguments)))
                .startsWith("Sugerencia");
        assertThat(group.get("reasons").get(0).asString()).isEqualTo(
                TriageReasons.reason(card, (key, arguments) -> i18n.getTranslation(key, spanish, arguments)));
    }

    @Test
    void anEndUserIsRefusedWithAProblemNotARedirect() throws Exception {
        for (String token : new String[] {"demo-user-token"}) {
            HttpResponse<String> refused = get(token, "en");
            assertThat(refused.statusCode()).as(token).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        }
    }

    private HttpResponse<String> get(String token, String language) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/triage/groups"))
                .timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + token)
                .header("Accept-Language", language).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
