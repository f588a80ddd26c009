package org.outagedesk.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
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
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

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
        assertThat(strings(group.get("reasons"))).as("the card's reasons, each a sentence").isEqualTo(
                TriageReasons.reasons(card, spanishWords()));
        assertThat(strings(group.get("reasons"))).contains(
                i18n.getTranslation("triage.reason.same-reply-clients", spanish, 2, code, 2));
        assertThat(group.get("firstSteps").valueStream().map(step -> step.get("number").asString()).toList())
                .containsExactly("3.1", "3.2");
        assertThat(group.at("/firstSteps/0/title").asString()).isEqualTo("Comprobar la alimentación y el estado del servidor");
    }

    @Test
    void thirtyPeopleWithOneReplyFromTenDepartmentsAreEveryoneAndAFullMailboxStaysEachPersonsOwn() throws Exception {
        String code = "421 4.3." + ThreadLocalRandom.current().nextInt(100, 1000);
        String run = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000));
        String full = "552 5.2.2 Mailbox full, ref " + run;
        try {
            for (int person = 0; person < 30; person++) {
                String email = "api-storm" + run + "-" + person + "@demo.local";
                TestPeople.insertEndUser(jdbc, email, "Storm " + person, "Department " + (person % 10), "Head office");
                TestPeople.reportAs(accounts, reports, email, Symptom.CANNOT_SEND, MailClient.WEBMAIL,
                        code + " Service not available", null);
                if (person < 2) {
                    TestPeople.reportAs(accounts, reports, email, Symptom.CANNOT_RECEIVE, MailClient.WEBMAIL, full, null);
                }
            }
            JsonNode groups = JSON.readTree(get("demo-it-token", "en").body());
            JsonNode storm = groupSaying(groups, code).getFirst();
            assertThat(storm.get("suggestedScope").asString()).isEqualTo("ALL_USERS");
            assertThat(storm.get("suggestedSeverity").asString()).isEqualTo("SEV1");
            assertThat(storm.at("/reasons/0").asString())
                    .isEqualTo(i18n.getTranslation("triage.reason.departments", Locale.ENGLISH, 30, 10, 5));

            List<JsonNode> mailboxes = groupSaying(groups, full);
            assertThat(mailboxes).as("one person's full mailbox is no outage: a group each").hasSize(2);
            for (JsonNode mailbox : mailboxes) {
                assertThat(mailbox.get("suggestedScope").asString()).isEqualTo("SINGLE_USER");
                assertThat(mailbox.at("/signature/side").asString()).isEqualTo("USER");
                assertThat(mailbox.at("/reasons/0").asString())
                        .isEqualTo(i18n.getTranslation("triage.reason.user-side", Locale.ENGLISH));
            }
        } finally {
            jdbc.update("update user_account set enabled = false where email like ?", "api-storm" + run + "-%");
        }
    }

    @Test
    void bouncesToOneRemoteDomainSaySoAndBouncesToManyDoNot() throws Exception {
        String ref = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000));
        String partner = "partner" + ref + ".example";
        for (String email : List.of("user@demo.local", "user2@demo.local")) {
            TestPeople.reportAs(accounts, reports, email, Symptom.BOUNCED, MailClient.WEBMAIL,
                    "Delivery has failed to these recipients: <sales@" + partner + ">. Remote server returned "
                            + "'550 5.4.4 Host unknown' from " + email, null);
        }
        JsonNode group = groupSaying(JSON.readTree(get("demo-it-token", "en").body()), partner).getFirst();
        assertThat(strings(group.get("reasons")))
                .contains(i18n.getTranslation("triage.reason.one-domain", Locale.ENGLISH, 2, partner));
    }

    private static List<JsonNode> groupSaying(JsonNode groups, String words) {
        return StreamSupport.stream(groups.spliterator(), false)
                .filter(node -> node.get("errorText").asString("").contains(words)).toList();
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private java.util.function.BiFunction<String, Object[], String> spanishWords() {
        return (key, arguments) -> i18n.getTranslation(key, Locale.forLanguageTag("es"), arguments);
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
