package org.outagedesk.live.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.outagedesk.incident.IncidentChanged;
import org.outagedesk.incident.IncidentMerged;
import org.outagedesk.incident.IncidentOpened;
import org.outagedesk.incident.IncidentPhaseChanged;
import org.outagedesk.incident.Phase;
import org.outagedesk.incident.ReportsTriaged;
import org.outagedesk.incident.Scope;
import org.outagedesk.incident.Severity;
import org.outagedesk.incident.TimelineKind;
import org.outagedesk.live.Presence;
import org.outagedesk.report.MailClient;
import org.outagedesk.report.ReportStatus;
import org.outagedesk.report.ReportStatusChanged;
import org.outagedesk.report.ReportSubmitted;
import org.outagedesk.report.Symptom;
import org.outagedesk.runbook.RunbookChanged;
import org.outagedesk.runbook.RunbookTopics;

/** Every payload the modules publish today crosses to another node as an equal record. */
class LiveMessageCodecTest {

    private final LiveMessageCodec codec = new LiveMessageCodec();

    @Test
    void everyPublishedPayloadSurvivesTheTrip() {
        List<Object> payloads = List.of(
                new IncidentOpened(7, "INC-7", Severity.SEV1, Scope.GROUP, List.of(1L, 2L)),
                new IncidentChanged(7, TimelineKind.NOTE, null, 3),
                new IncidentPhaseChanged(7, Phase.ASSESSMENT, Phase.COMMUNICATION, 3),
                new IncidentMerged(7, 8, 3),
                new ReportsTriaged(List.of(4L), null, ReportsTriaged.Outcome.DECLINED),
                new RunbookChanged(7, 11, 3),
                new RunbookTopics.Editing(3, "Iván Torres", "3.3", "note"),
                new ReportSubmitted(4, 5, Symptom.CANNOT_SEND, MailClient.WEBMAIL, null),
                new ReportStatusChanged(4, 5, ReportStatus.LINKED, 7L),
                new Presence.Changed("incident:7", List.of(new Presence.Viewer(3, "Iván Torres"))),
                "new");

        for (Object payload : payloads) {
            String text = codec.encode("topic:7", payload).orElseThrow();
            LiveMessageCodec.Decoded decoded = codec.decode(text).orElseThrow();
            assertThat(decoded.topic()).isEqualTo("topic:7");
            assertThat(decoded.payload()).isEqualTo(payload);
        }
    }

    @Test
    void foreignTypesNeitherLeaveNorArrive() {
        assertThat(codec.encode("topic", new java.util.ArrayList<>(List.of(1)))).isEmpty();
        String forged = "{\"topic\":\"t\",\"type\":\"java.net.URL\",\"payload\":\"\\\"http://example.org\\\"\"}";
        assertThat(codec.decode(forged)).isEmpty();
        assertThat(codec.decode("not json")).isEmpty();
    }

    @Test
    void viewerListsRoundTripInOrder() {
        List<Presence.Viewer> viewers = List.of(new Presence.Viewer(2, "Priya"), new Presence.Viewer(1, "Iván"));
        assertThat(codec.viewers(codec.viewers(viewers))).containsExactlyElementsOf(viewers);
        assertThat(codec.viewers((String) null)).isEmpty();
    }
}
