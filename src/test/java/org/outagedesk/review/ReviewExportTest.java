package org.outagedesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentState;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.Milestone;
import org.outagedesk.incident.Phase;
import org.outagedesk.incident.PublicStatus;
import org.outagedesk.incident.Scope;
import org.outagedesk.incident.Severity;

/** The review template and the Markdown export on hand-built incidents and reviews. */
class ReviewExportTest {

    private static final Instant IMPACT = Instant.parse("2026-03-02T08:00:00Z");
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private final BundleI18NProvider i18n = new BundleI18NProvider();

    private static IncidentDetails incident(Map<Milestone, Instant> milestones) {
        return new IncidentDetails(7, "INC-7", "Relay down", null, Set.of(MailService.OUTBOUND_SMTP), Scope.ALL_USERS,
                Severity.SEV1, Phase.REVIEW, IncidentState.RESOLVED, null, List.of(), null, PublicStatus.RESOLVED,
                null, milestones, 0, IMPACT, IMPACT, null, 3);
    }

    private static Map<Milestone, Instant> milestones() {
        Map<Milestone, Instant> milestones = new EnumMap<>(Milestone.class);
        milestones.put(Milestone.IMPACT_STARTED, IMPACT);
        milestones.put(Milestone.DETECTED, IMPACT.plus(Duration.ofMinutes(14)));
        milestones.put(Milestone.ACKNOWLEDGED, IMPACT.plus(Duration.ofMinutes(20)));
        milestones.put(Milestone.MITIGATED, IMPACT.plus(Duration.ofMinutes(75)));
        milestones.put(Milestone.RESOLVED, IMPACT.plus(Duration.ofMinutes(110)));
        return milestones;
    }

    @Test
    void measuredTimesFollowTheMetricDefinitionsAndToleratemissingMilestones() {
        MeasuredTimes times = MeasuredTimes.of(milestones());
        assertThat(times.detect()).isEqualTo(Duration.ofMinutes(14));
        assertThat(times.acknowledge()).isEqualTo(Duration.ofMinutes(6));
        assertThat(times.mitigate()).isEqualTo(Duration.ofMinutes(75));
        assertThat(times.resolve()).isEqualTo(Duration.ofMinutes(110));
        assertThat(MeasuredTimes.format(times.resolve())).isEqualTo("1 h 50 min");
        MeasuredTimes partial = MeasuredTimes.of(Map.of(Milestone.DETECTED, IMPACT));
        assertThat(partial.detect()).isNull();
        assertThat(MeasuredTimes.format(partial.resolve())).isEqualTo("—");
    }

    @Test
    void templateFillsTheCourseAndTheMeasuredTimesInTheChosenLanguage() {
        ReviewTemplate template = new ReviewTemplate(i18n);
        ReviewAnswers english = template.start(incident(milestones()), "en");
        assertThat(english.whatHappened()).startsWith("INC-7 · Relay down. Course of the outage")
                .contains("- Impact started: " + ReviewTimes.token(IMPACT), "- Resolved: ").doesNotContain("Closed");
        assertThat(english.responseAssessment()).contains("detection 14 min", "acknowledgement 6 min",
                "resolution 1 h 50 min", "severity SEV1 · critical");
        assertThat(english.rootCause()).isNull();
        ReviewAnswers spanish = template.start(incident(milestones()), "fr");
        assertThat(spanish.whatHappened()).contains("Curso de la caída");
        assertThat(spanish.responseAssessment()).startsWith("Medido: detección 14 min");
    }

    @Test
    void markdownHasEveryAnswerTheActionItemsAndTheParticipants() {
        ReviewAnswers answers = new ReviewAnswers("The relay stopped.", "Expired certificate", null,
                CauseCategory.CHANGE_UPDATE, "Adequate.", "Fast rollback", "Monitoring", "Renew automatically");
        ActionItem item = new ActionItem(1, 2, 7, "INC-7", "Probe | port 587", 5, "Priya Shah", "IT",
                LocalDate.of(2026, 4, 1), ActionItemPriority.HIGH, ActionItemStatus.IN_PROGRESS, 0);
        ReviewDetails review = new ReviewDetails(2, 7, "INC-7", "Relay down", Severity.SEV1, "en", ReviewStatus.FINAL,
                answers, List.of(new ReviewParticipant(4, "Iván Torres"), new ReviewParticipant(5, "Priya Shah")),
                List.of(new ReviewComment(1, 5, "Priya Shah", "Agreed", IMPACT)), List.of(item), IMPACT,
                "Iván Torres", IMPACT.plus(Duration.ofDays(1)), "Iván Torres", 4);

        String markdown = new ReviewMarkdown(i18n).render(review, MeasuredTimes.of(milestones()), List.of(),
                Locale.ENGLISH, MADRID);

        assertThat(markdown).startsWith("# Post-incident review: INC-7 · Relay down\n")
                .contains("Status: Final · finalised by Iván Torres", "| 14 min | 6 min | 1 h 15 min | 1 h 50 min |",
                        "## What happened?\n\nThe relay stopped.", "## What contributed?\n\n—",
                        "## Cause category\n\nChange / update",
                        "| Probe \\| port 587 | Priya Shah | 2026-04-01 | High | In progress |",
                        "- Iván Torres\n- Priya Shah", "- **Priya Shah** (");
    }
}
