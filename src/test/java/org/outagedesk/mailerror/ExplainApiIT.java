package org.outagedesk.mailerror;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.outagedesk.testsupport.LiveApplicationTest;
import org.outagedesk.testsupport.hostile.JsonText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/triage/explain} over real HTTP with the demo accounts' personal API tokens:
 * the signature and the catalogue entry in the caller's language, for end users and IT staff alike;
 * bad input is a problem detail in the caller's language; no token is a 401.
 */
class ExplainApiIT extends LiveApplicationTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PATH = "/api/v1/triage/explain";

    @Test
    void anEndUserGetsTheSignatureAndTheEntryInSpanish() throws Exception {
        HttpResponse<String> response = explain("demo-user-token", "es-ES",
                body("El correo me devuelve:\n«552 5.2.2 <juan@corp.example>: Mailbox full»"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode answer = JSON.readTree(response.body());
        JsonNode signature = answer.get("signature");
        assertThat(signature.get("replyCode").asInt()).isEqualTo(552);
        assertThat(signature.get("enhancedCode").asString()).isEqualTo("5.2.2");
        assertThat(signature.get("protocol").asString()).isEqualTo("SMTP");
        assertThat(signature.get("side").asString()).isEqualTo("USER");
        assertThat(signature.get("category").asString()).isEqualTo("QUOTA");
        assertThat(signature.get("entry").asString()).isEqualTo("smtp.mailbox-full");
        assertThat(answer.get("language").asString()).isEqualTo("es");
        assertThat(answer.at("/entry/key").asString()).isEqualTo("smtp.mailbox-full");
        assertThat(answer.at("/entry/meaning").asString()).isEqualTo("El buzón está lleno.");
        assertThat(answer.at("/entry/probableCause").asString()).isEqualTo("El buzón de una persona llegó a su cuota.");
        assertThat(answer.at("/entry/category").asString()).isEqualTo("Cuota o espacio lleno");
        assertThat(answer.at("/enhancedStatus/statusClass").asInt()).isEqualTo(5);
        assertThat(answer.at("/enhancedStatus/description").asString()).isEqualTo("Fallo permanente · buzón");
    }

    @Test
    void itStaffGetTheSameSignatureForTwoClientsInEnglish() throws Exception {
        JsonNode outlook = JSON.readTree(explain("demo-it-token", "en", body(
                "Sending reported error (0x800CCC67): 'The server responded: 451 4.7.0 Temporary server error. PRX4'"))
                .body());
        JsonNode webmail = JSON.readTree(explain("demo-it-token", "en", body(
                "<div>Webmail: <b>451 4.7.0 Temporary server error</b></div>")).body());

        for (JsonNode answer : new JsonNode[] {outlook, webmail}) {
            assertThat(answer.at("/signature/replyCode").asInt()).isEqualTo(451);
            assertThat(answer.at("/signature/enhancedCode").asString()).isEqualTo("4.7.0");
            assertThat(answer.at("/signature/side").asString()).isEqualTo("SERVER");
            assertThat(answer.at("/signature/entry").asString()).isEqualTo("status.4.7.0");
            assertThat(answer.at("/entry/probableCause").asString()).startsWith("Usually on the mail server");
        }
        assertThat(outlook.at("/signature/clientCode").asString()).isEqualTo("0x800CCC67");
    }

    @Test
    void anUnrecognisedTextAnswersWithoutAnEntry() throws Exception {
        HttpResponse<String> response = explain("demo-user-token", "en", body("my screen is blue"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.get("entry").isNull()).isTrue();
        assertThat(answer.at("/signature/entry").isNull()).isTrue();
        assertThat(answer.get("meaning").asString()).startsWith("This error text is not in the catalogue");
    }

    @Test
    void badInputIsAProblemDetailInTheCallersLanguage() throws Exception {
        assertProblem(explain("demo-user-token", "es", "{}"), 400,
                "Envíe en errorText el texto de error que quiere explicar.");
        assertProblem(explain("demo-user-token", "en", body("   ")), 400,
                "Send the error text to explain in errorText.");
        assertProblem(explain("demo-user-token", "es", body("x".repeat(10_001))), 400,
                "El texto de error es demasiado largo: como máximo 10.000 caracteres.");
        assertProblem(explain("demo-user-token", "en", "{\"errorText\":"), 400,
                "The request body is not valid JSON: send {\"errorText\": \"...\"}.");
        assertThat(explain("demo-user-token", "es", body("x".repeat(10_000))).statusCode()).isEqualTo(200);
    }

    @Test
    void withoutATokenItIs401() throws Exception {
        HttpResponse<String> response = explain(null, "en", body("550 5.1.1 User unknown"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    private static void assertProblem(HttpResponse<String> response, int status, String message) throws IOException {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("urn:outagedesk:problem:validation");
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).isEqualTo(message);
    }

    private static String body(String errorText) {
        return "{\"errorText\":" + JsonText.quote(errorText) + "}";
    }

    private HttpResponse<String> explain(String token, String language, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + PATH))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                .header("Accept-Language", language).POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
