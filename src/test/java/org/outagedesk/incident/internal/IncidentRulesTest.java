package org.outagedesk.incident.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.outagedesk.incident.IncidentException;
import org.outagedesk.incident.IncidentState;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.Milestone;
import org.outagedesk.incident.Phase;
import org.outagedesk.incident.PublicStatus;
import org.outagedesk.incident.Scope;
import org.outagedesk.incident.Severity;
import org.outagedesk.incident.TimelineKind;
import org.outagedesk.report.MailClient;
import org.outagedesk.report.Symptom;

/** The incident's own rules: what each change reports for the timeline, and what it refuses. */
class IncidentRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");

    private static Incident incident() {
        return new Incident("Cannot send", null, EnumSet.of(MailService.OUTBOUND_SMTP), Scope.GROUP, Severity.SEV2, NOW);
    }

    @Test
    void aNewIncidentStartsOpenInAssessmentAndInvestigating() {
        Incident incident = incident();
        assertThat(incident.state()).isEqualTo(IncidentState.OPEN);
        assertThat(incident.phase()).isEqualTo(Phase.ASSESSMENT);
        assertThat(incident.publicStatus()).isEqualTo(PublicStatus.INVESTIGATING);
    }

    @Test
    void phaseChangeReportsBeforeAndAfter() {
        Incident incident = incident();
        assertThat(incident.changePhase(Phase.TROUBLESHOOTING))
                .isEqualTo(new FieldChange("phase", "ASSESSMENT", "TROUBLESHOOTING"));
        assertThat(incident.phase()).isEqualTo(Phase.TROUBLESHOOTING);
    }

    @Test
    void servicesAndMilestonesAreRecordedAsText() {
        Incident incident = incident();
        assertThat(incident.changeServices(Set.of(MailService.WEBMAIL, MailService.INBOUND)))
                .isEqualTo(new FieldChange("services", "OUTBOUND_SMTP", "INBOUND,WEBMAIL"));
        Instant detected = NOW.minusSeconds(600);
        assertThat(incident.changeMilestone(Milestone.DETECTED, detected))
                .isEqualTo(new FieldChange("milestone.DETECTED", null, detected.toString()));
        assertThat(incident.milestones()).containsEntry(Milestone.DETECTED, detected);
    }

    @Test
    void rolesAreNamedAndReplaced() {
        Incident incident = incident();
        assertThat(incident.assign("COMMANDER", 7L, "Iván")).isEqualTo(new FieldChange("role.COMMANDER", null, "Iván"));
        assertThat(incident.assign("COMMANDER", 8L, "Priya")).isEqualTo(new FieldChange("role.COMMANDER", "Iván", "Priya"));
        assertThat(incident.assign("COMMANDER", null, null)).isEqualTo(new FieldChange("role.COMMANDER", "Priya", null));
        assertThat(incident.roles()).isEmpty();
    }

    @Test
    void titleAndServicesAreRequired() {
        assertThatThrownBy(() -> new Incident(" ", null, EnumSet.of(MailService.INBOUND), Scope.GROUP, Severity.SEV2, NOW))
                .isInstanceOf(IncidentException.class).hasMessage("incident.error.title-required");
        assertThatThrownBy(() -> incident().changeServices(Set.of()))
                .isInstanceOf(IncidentException.class).hasMessage("incident.error.services-required");
    }

    @Test
    void resolvingStampsTheTimesAndOnlyResolvedIncidentsClose() {
        Incident incident = incident();
        assertThatThrownBy(() -> incident.close(NOW)).hasMessage("incident.error.close-unresolved");
        incident.resolve(NOW);
        assertThat(incident.state()).isEqualTo(IncidentState.RESOLVED);
        assertThat(incident.publicStatus()).isEqualTo(PublicStatus.RESOLVED);
        assertThat(incident.milestone(Milestone.RESOLVED)).isEqualTo(NOW);
        assertThat(incident.milestone(Milestone.MITIGATED)).isEqualTo(NOW);
        assertThatThrownBy(() -> incident.changePhase(Phase.REVIEW)).hasMessage("incident.error.not-open");
        incident.close(NOW.plusSeconds(60));
        assertThat(incident.state()).isEqualTo(IncidentState.CLOSED);
    }

    @Test
    void aMergedIncidentPointsAtItsSurvivorWhichAbsorbsWhatItKnew() {
        Incident merged = incident();
        merged.remember(List.of(Symptom.CANNOT_SEND), List.of(MailClient.WEBMAIL));
        merged.addReports(3);
        Incident survivor = new Incident("Mail down", null, EnumSet.of(MailService.INBOUND), Scope.ALL_USERS,
                Severity.SEV1, NOW);
        survivor.addReports(10);

        survivor.absorb(merged);
        merged.markMerged(42L, NOW);

        assertThat(survivor.reportCount()).isEqualTo(13);
        assertThat(survivor.symptoms()).contains(Symptom.CANNOT_SEND);
        assertThat(survivor.services()).contains(MailService.INBOUND, MailService.OUTBOUND_SMTP);
        assertThat(merged.state()).isEqualTo(IncidentState.MERGED);
        assertThat(merged.mergedIntoId()).isEqualTo(42L);
        assertThatThrownBy(() -> merged.changeSeverity(Severity.SEV1)).hasMessage("incident.error.not-open");
    }

    @Test
    void timelineEntriesKeepWhoAndWhatAndCopiesSayWhereTheyCameFrom() {
        TimelineEntry entry = new TimelineEntry(5, NOW, new Actor(3, "Iván"), TimelineKind.CHANGED,
                new FieldChange("phase", "ASSESSMENT", "FIX"), null);
        var item = entry.toItem();
        assertThat(item.actorName()).isEqualTo("Iván");
        assertThat(item.before()).isEqualTo("ASSESSMENT");
        assertThat(item.after()).isEqualTo("FIX");
        assertThat(item.copiedFrom()).isNull();
        assertThat(entry.copyTo(9).toItem().copiedFrom()).isEqualTo("INC-5");
    }
}
