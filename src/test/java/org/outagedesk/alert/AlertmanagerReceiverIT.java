package org.outagedesk.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentState;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.Milestone;
import org.outagedesk.incident.Scope;
import org.outagedesk.incident.Severity;
import org.outagedesk.incident.TimelineItem;
import org.outagedesk.incident.TimelineKind;
import org.outagedesk.testsupport.ReaderLanguage;
import tools.jackson.databind.JsonNode;

/** Real Alertmanager (version 4) payloads: firing, repeated, grouped, resolved. */
class AlertmanagerReceiverIT extends AlertApiTest {

    private static final String PATH = "/api/v1/alerts/alertmanager";

    @Test
    void firingOpensAnIncidentAsMonitoringAndTheSameGroupAgainOnlyUpdatesIt() {
        String run = newRun();
        JsonNode first = json(ok(post(PATH, TOKEN, payload("firing-single", run))));
        assertThat(first.get("outcome").asString()).isEqualTo("OPENED");
        long id = first.get("incidentId").asLong();

        IncidentDetails incident = incident(id);
        assertThat(incident.title()).isEqualTo("SMTP on mx1 does not answer");
        assertThat(incident.services()).containsExactly(MailService.OUTBOUND_SMTP);
        assertThat(incident.severity()).isEqualTo(Severity.SEV1);
        assertThat(incident.scope()).isEqualTo(Scope.ALL_USERS);
        assertThat(incident.lastChangedBy()).isEqualTo("Monitoring");
        assertThat(incident.milestone(Milestone.IMPACT_STARTED)).isEqualTo(Instant.parse("2026-11-27T08:58:30.123Z"));
        assertThat(incident.milestone(Milestone.DETECTED)).isNotNull();
        assertThat(incident.milestone(Milestone.ACKNOWLEDGED)).as("no person has acknowledged it yet").isNull();
        assertThat(timeline(id, TimelineKind.OPENED)).singleElement()
                .satisfies(opened -> assertThat(opened.actorName()).isEqualTo("Monitoring"));

        JsonNode again = json(ok(post(PATH, TOKEN, payload("firing-single", run))));
        assertThat(again.get("outcome").asString()).isEqualTo("UPDATED");
        assertThat(again.get("incidentId").asLong()).isEqualTo(id);
        List<TimelineItem> notes = timeline(id, TimelineKind.MONITORING);
        assertThat(notes).hasSize(2);
        assertThat(words(notes.getFirst())).contains("1 firing (0 new)", "Still firing: SMTP on mx1");
        assertThat(words(notes.getLast())).contains("1 firing (1 new)", "Firing since ", ": SMTP on mx1",
                "http://prometheus.example.org:9090/graph");
    }

    @Test
    void aGroupOfTwoOpensOneIncidentAndResolvingAllMarksTheServicesRecovered() {
        String run = newRun();
        long id = json(ok(post(PATH, TOKEN, payload("grouped-firing", run)))).get("incidentId").asLong();
        IncidentDetails incident = incident(id);
        assertThat(incident.title()).isEqualTo("IMAP on imap1 refuses logins (2 alerts)");
        assertThat(incident.services()).containsExactly(MailService.IMAP_POP);
        assertThat(incident.severity()).as("the worst of warning and critical").isEqualTo(Severity.SEV1);

        JsonNode partly = json(ok(post(PATH, TOKEN, payload("grouped-one-resolved", run))));
        assertThat(partly.get("outcome").asString()).isEqualTo("UPDATED");
        assertThat(incident(id).milestone(Milestone.MITIGATED)).as("one alert still fires").isNull();
        assertThat(words(timeline(id, TimelineKind.MONITORING).getFirst()))
                .contains("1 firing (0 new), 1 resolved", "Resolved: IMAP on imap1");

        JsonNode resolved = json(ok(post(PATH, TOKEN, payload("grouped-resolved", run))));
        assertThat(resolved.get("outcome").asString()).isEqualTo("RESOLVED");
        assertThat(resolved.get("incidentId").asLong()).isEqualTo(id);
        IncidentDetails after = incident(id);
        assertThat(after.milestone(Milestone.MITIGATED)).isNotNull();
        assertThat(after.state()).as("people verify and resolve").isEqualTo(IncidentState.OPEN);
        assertThat(timeline(id, TimelineKind.MONITORING)).hasSize(3).first()
                .satisfies(item -> assertThat(words(item)).contains("0 firing (0 new), 2 resolved",
                        "All alerts on this incident are resolved"));
        assertThat(timeline(id, TimelineKind.CHANGED)).anySatisfy(change -> {
            assertThat(change.field()).isEqualTo("milestone.MITIGATED");
            assertThat(change.actorName()).isEqualTo("Monitoring");
        });
    }

    @Test
    void theSameAlertInAnotherGroupGoesToItsOpenIncident() {
        String run = newRun();
        long id = json(ok(post(PATH, TOKEN, payload("firing-single", run)))).get("incidentId").asLong();
        String regrouped = payload("firing-single", run).replace("alertname=\\\"SmtpDown\\\"", "job=\\\"smtp\\\"");
        JsonNode update = json(ok(post(PATH, TOKEN, regrouped)));
        assertThat(update.get("outcome").asString()).isEqualTo("UPDATED");
        assertThat(update.get("incidentId").asLong()).isEqualTo(id);
    }

    @Test
    void resolvedAlertsWithoutAnIncidentAreIgnored() {
        JsonNode ignored = json(ok(post(PATH, TOKEN, payload("grouped-resolved", newRun()))));
        assertThat(ignored.get("outcome").asString()).isEqualTo("IGNORED");
        assertThat(ignored.get("incidentId").isNull()).isTrue();
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        return response;
    }

    /** The entry as an English reader in UTC reads it: its sentence and its lines. */
    private static String words(TimelineItem item) {
        return ReaderLanguage.timelineText(ReaderLanguage.ENGLISH, ZoneOffset.UTC).sentence(item);
    }
}
