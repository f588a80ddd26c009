package org.outagedesk.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.outagedesk.testsupport.hostile.HostileCorpus;
import org.outagedesk.testsupport.hostile.HostileCount;
import org.outagedesk.testsupport.hostile.HostileInput;
import org.outagedesk.testsupport.hostile.JsonText;
import tools.jackson.databind.JsonNode;

/**
 * The hostile-input corpus, plus NUL, ESC and ANSI colour sequences, into every field of a generic
 * alert and into Alertmanager labels and annotations: never a redirect, never a 5xx; 2xx or a JSON 4xx.
 * Requests come from many loopback addresses so the alert rate limit does not interfere.
 */
class HostileAlertIT extends AlertApiTest {

    private static final List<String> CONTROLS = List.of("\u0000", "IMAP\u0000down", "\u001b", "\u001b[31mIMAP down\u001b[0m",
            "\u001b[1;31;4mCRITICAL\u001b[0m: 3 checks failed", "\u001b]0;title\u0007text", "bell\u0007 and DEL\u007f",
            "line\r\nbreak\ttab", "\u001b[", "\u009b31mC1 CSI");
    private static final String GENERIC = "/api/v1/alerts/generic";
    private static final String ALERTMANAGER = "/api/v1/alerts/alertmanager";

    private int sent;

    @Test
    void everyGenericAlertFieldTakesTheCorpusWithoutRedirectOr5xx() {
        SoftAssertions soft = new SoftAssertions();
        String run = newRun();
        for (String field : List.of("source", "key", "status", "title", "severity", "services", "description", "url")) {
            boolean identity = field.equals("source") || field.equals("key");
            int combinations = 0;
            for (String value : values()) {
                String body = "{" + member("source", field, value, "hostile") + ","
                        + member("key", field, value, "hostile-" + field + "-" + run) + ","
                        + member("status", field, value, identity ? "resolved" : "firing") + ","
                        + member("title", field, value, "Hostile alert") + ","
                        + member("severity", field, value, "warning") + ","
                        + "\"services\":[" + (field.equals("services") ? JsonText.quote(value) : "\"imap\"") + "],"
                        + member("description", field, value, "plain") + ","
                        + member("url", field, value, "https://monitor.example.org/1") + "}";
                check(soft, GENERIC, body, field, value);
                combinations++;
            }
            HostileCount.add("alert generic " + field, combinations);
        }
        soft.assertAll();
    }

    @Test
    void alertmanagerLabelsAndAnnotationsTakeTheCorpusWithoutRedirectOr5xx() {
        SoftAssertions soft = new SoftAssertions();
        String run = newRun();
        for (String field : List.of("alertname", "service", "severity", "instance", "summary", "description")) {
            boolean annotation = field.equals("summary") || field.equals("description");
            int combinations = 0;
            for (String value : values()) {
                String labels = "{" + member("alertname", field, value, "HostileTest") + ","
                        + member("service", field, value, "smtp") + "," + member("severity", field, value, "warning")
                        + "," + member("instance", field, value, "mx1") + "}";
                String annotations = "{" + member("summary", field, value, "Hostile summary") + ","
                        + member("description", field, value, "plain") + "}";
                String body = "{\"version\":\"4\",\"status\":\"firing\",\"receiver\":\"outagedesk\",\"groupKey\":\"hostile-"
                        + field + "-" + run + "\",\"alerts\":[{\"status\":\"firing\",\"fingerprint\":\"fp-" + field + "\","
                        + "\"labels\":" + labels + ",\"annotations\":" + annotations + "}]}";
                check(soft, ALERTMANAGER, body, (annotation ? "annotations." : "labels.") + field, value);
                combinations++;
            }
            HostileCount.add("alert alertmanager " + field, combinations);
        }
        soft.assertAll();
    }

    @Test
    void anAnsiColouredAlertOpensItsIncidentWithReadableText() {
        String body = "{\"source\":\"kuma\",\"key\":\"ansi-" + newRun() + "\",\"status\":\"firing\","
                + "\"title\":\"\\u001b[31mIMAP down\\u001b[0m\",\"services\":[\"imap\"],"
                + "\"description\":\"\\u001b[1;31mCRITICAL\\u001b[0m: 3 checks failed\\u0000\\nsee log\"}";
        HttpResponse<String> response = post(GENERIC, TOKEN, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode receipt = json(response);
        assertThat(receipt.get("outcome").asString()).isEqualTo("OPENED");
        var incident = incident(receipt.get("incidentId").asLong());
        assertThat(incident.title()).isEqualTo("IMAP down");
        assertThat(incident.description()).isEqualTo("CRITICAL: 3 checks failed\nsee log");
    }

    private void check(SoftAssertions soft, String path, String body, String field, String value) {
        String from = "127.0.1." + (1 + sent++ / 50 % 250);
        HttpResponse<String> response = postFrom(from, null, path, TOKEN, body);
        String what = path + " " + field + " = " + JsonText.quote(value) + " → " + response.statusCode() + " "
                + response.body();
        soft.assertThat(response.statusCode()).as(what).matches(status -> status < 300 || status >= 400 && status < 500, "2xx or 4xx");
        if (response.statusCode() >= 400) {
            soft.assertThat(response.headers().firstValue("Content-Type")).as(what)
                    .hasValueSatisfying(type -> assertThat(type).contains("json"));
        }
    }

    private static List<String> values() {
        List<String> values = new ArrayList<>(CONTROLS);
        HostileCorpus.texts().stream().map(HostileInput::value).forEach(values::add);
        return values;
    }

    /** {@code "name": value} where the field under test gets the hostile value, the others their normal one. */
    private static String member(String name, String field, String value, String normal) {
        return "\"" + name + "\":" + JsonText.quote(name.equals(field) ? value : normal);
    }
}
