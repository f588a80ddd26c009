package org.outagedesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.outagedesk.base.ReaderTime;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentState;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.Milestone;
import org.outagedesk.incident.Phase;
import org.outagedesk.incident.PublicStatus;
import org.outagedesk.incident.Scope;
import org.outagedesk.incident.Severity;
import org.outagedesk.incident.TimelineItem;
import org.outagedesk.incident.TimelineKind;
import org.outagedesk.incident.TimelineMessage;
import org.outagedesk.testsupport.ReaderLanguage;

/** A review read by people in other zones and languages: its times and its timeline are theirs. */
class ReviewReaderTest {

    private static final Instant IMPACT = Instant.parse("2026-12-07T04:43:00Z");
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Locale SPANISH = BundleI18NProvider.SPANISH;
    private final BundleI18NProvider i18n = new BundleI18NProvider();

    private static IncidentDetails incident() {
        Map<Milestone, Instant> milestones = new EnumMap<>(Milestone.class);
        milestones.put(Milestone.IMPACT_STARTED, IMPACT);
        milestones.put(Milestone.RESOLVED, IMPACT.plusSeconds(3600));
        return new IncidentDetails(7, "INC-7", "Relay down", null, Set.of(MailService.OUTBOUND_SMTP), Scope.ALL_USERS,
                Severity.SEV2, Phase.REVIEW, IncidentState.RESOLVED, null, List.of(), null, PublicStatus.RESOLVED,
                null, milestones, 0, IMPACT, IMPACT, null, 3);
    }

    private static String time(Instant at, Locale language, ZoneId zone) {
        return ReaderTime.format(at, language, zone);
    }

    @Test
    void theTemplatesTimesAreWrittenAsInstantsAndReadInEachReadersZone() {
        String story = new ReviewTemplate(i18n).start(incident(), "en").whatHappened();

        assertThat(story).as("no time baked in one zone").doesNotContain(time(IMPACT, Locale.ENGLISH, MADRID),
                time(IMPACT, Locale.ENGLISH, ZoneId.of("UTC")), time(IMPACT, Locale.ENGLISH, NEW_YORK));
        assertThat(ReviewTimes.render(story, at -> time(at, Locale.ENGLISH, MADRID)))
                .contains("- Impact started: Dec 7, 2026, 5:43\u202fAM").doesNotContain("⟦");
        assertThat(ReviewTimes.render(story, at -> time(at, Locale.ENGLISH, NEW_YORK)))
                .contains("- Impact started: Dec 6, 2026, 11:43\u202fPM");
        assertThat(ReviewTimes.render(story, at -> time(at, SPANISH, MADRID))).contains("7 dic 2026, 5:43");
    }

    @Test
    void anEditedTextKeepsTheTimesItShowedAsInstantsAndWhatThePersonTypedAsTyped() {
        Instant seventh = Instant.parse("2026-12-07T03:43:00Z");
        Instant seventeenth = Instant.parse("2026-12-17T03:43:00Z");
        String stored = "Impact " + ReviewTimes.token(seventh) + ", again " + ReviewTimes.token(seventeenth) + ".";
        ReviewTimes.Shown shown = ReviewTimes.shown(stored, at -> time(at, SPANISH, MADRID));
        assertThat(shown.text()).isEqualTo("Impact 7 dic 2026, 4:43, again 17 dic 2026, 4:43.");

        String edited = shown.text().replace("Impact", "El impacto empezó") + " Typed: 9 dic 2026, 4:43.";
        assertThat(shown.restore(edited)).isEqualTo("El impacto empezó " + ReviewTimes.token(seventh) + ", again "
                + ReviewTimes.token(seventeenth) + ". Typed: 9 dic 2026, 4:43.");
        assertThat(ReviewTimes.render(shown.restore(edited), at -> time(at, Locale.ENGLISH, NEW_YORK)))
                .startsWith("El impacto empezó Dec 6, 2026, 10:43\u202fPM, again Dec 16, 2026, 10:43\u202fPM.");
    }

    @Test
    void theExportShowsTheTimelineWithChecklistTitlesInTheReadersLanguage() {
        TimelineMessage step = TimelineMessage.of("runbook.timeline.done", TimelineMessage.text("3.5"),
                TimelineMessage.translated("Revisar la configuración del relé", "Check the relay configuration"));
        List<TimelineItem> timeline = List.of(
                new TimelineItem(2, IMPACT.plusSeconds(60), 4, "Ana Ruiz", TimelineKind.RUNBOOK, "runbook-item", null,
                        "41", null, null, step),
                new TimelineItem(3, IMPACT.plusSeconds(120), 4, "Ana Ruiz", TimelineKind.STATUS_UPDATE, null, null,
                        null, "Mail is slow", null, TimelineMessage.of("incident.timeline.update.PUBLIC")));
        ReviewAnswers answers = new ReviewAnswers("Started " + ReviewTimes.token(IMPACT), "Relay", null, null, null,
                null, null, null);
        ReviewDetails review = new ReviewDetails(2, 7, "INC-7", "Relay down", Severity.SEV2, "es", ReviewStatus.DRAFT,
                answers, List.of(), List.of(), List.of(), IMPACT, "Ana Ruiz", null, null, 1);
        ReviewMarkdown markdown = new ReviewMarkdown(i18n);

        String english = markdown.render(review, MeasuredTimes.of(incident().milestones()), timeline, Locale.ENGLISH,
                NEW_YORK);
        String spanish = markdown.render(review, MeasuredTimes.of(incident().milestones()), timeline, SPANISH, MADRID);

        assertThat(english).contains("## Timeline", "Ana Ruiz: marked 3.5 Check the relay configuration as done",
                "Ana Ruiz: posted a public update: Mail is slow", "Started Dec 6, 2026, 11:43\u202fPM",
                "Severity: SEV2 · major").doesNotContain("Revisar", "PUBLIC", "⟦");
        assertThat(spanish).contains("## Cronología", "Ana Ruiz: marcó 3.5 Revisar la configuración del relé como hecho",
                "publicó una actualización pública: Mail is slow", "Started 7 dic 2026, 5:43")
                .doesNotContain("Check the relay", "PUBLIC");
        ReaderLanguage.assertReadsIn(Locale.ENGLISH, english.substring(english.indexOf("## Timeline"))
                .replace("Ana Ruiz", "").replace("Mail is slow", ""), TimelineKind.values());
    }
}
