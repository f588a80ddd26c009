package org.outagedesk.incident.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outagedesk.testsupport.ReaderLanguage.ENGLISH;
import static org.outagedesk.testsupport.ReaderLanguage.SPANISH;
import static org.outagedesk.testsupport.ReaderLanguage.assertReadsIn;
import static org.outagedesk.testsupport.ReaderLanguage.timelineText;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.outagedesk.incident.IncidentState;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.Milestone;
import org.outagedesk.incident.Phase;
import org.outagedesk.incident.PublicStatus;
import org.outagedesk.incident.Scope;
import org.outagedesk.incident.TimelineItem;
import org.outagedesk.incident.TimelineKind;
import org.outagedesk.incident.TimelineMessage;
import org.outagedesk.incident.TimelineText;
import org.outagedesk.incident.UpdateAudience;
import org.outagedesk.incident.UpdateKind;
import org.outagedesk.incident.internal.LegacyTimelineTexts.ChecklistItem;

/**
 * Every kind of timeline entry, put into words for an English and a Spanish reader: no missing key,
 * no internal name, no word of the other language; what people wrote stays as written.
 */
class TimelineWordsTest {

    private static final Instant AT = Instant.parse("2026-12-07T04:43:00Z");
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final ChecklistItem RELAY = new ChecklistItem(9, "3.5", "Revisar la configuración del relé",
            "Check the relay configuration", 41L);

    /** One entry of each kind, as the services write it; a new kind fails to compile here until it has one. */
    private static TimelineItem sample(TimelineKind kind) {
        return switch (kind) {
            case OPENED -> item(kind, "severity", null, "SEV2", "Relay down", null);
            case CHANGED -> item(kind, "phase", "ASSESSMENT", "TROUBLESHOOTING", null, null);
            case NOTE -> item(kind, null, null, null, "Checked mx1", null);
            case REPORTS_LINKED -> item(kind, "reports", null, "2", "#4, #5", null);
            case RESOLVED -> item(kind, "state", "OPEN", "RESOLVED", null, null);
            case CLOSED -> item(kind, "state", "RESOLVED", "CLOSED", null, null);
            case MERGED_INTO, MERGED_FROM -> item(kind, "mergedInto", null, "INC-3", null, null);
            case COPIED -> item(kind, null, null, null, null, null);
            case RUNBOOK -> converted(LegacyTimelineTexts.runbookStep("✎ 3.5 Revisar la configuración del relé: mx1 ok",
                    List.of(RELAY), List.of()).orElseThrow());
            case GATE_OVERRIDDEN -> item(kind, null, null, null, "Whole site down", null);
            case MONITORING -> converted(LegacyTimelineTexts.monitoring("""
                    Alertmanager: 1 firing (1 new), 1 resolved.
                    • FIRING: SMTP mx1 [smtp, critical] since 2026-12-07T04:43:00Z http://alerts.example/1
                    • RESOLVED: IMAP mx2 [imap]
                    """ + LegacyTimelineTexts.RECOVERED).orElseThrow());
            case STATUS_UPDATE -> item(kind, StatusUpdateServiceImpl.STATUS_UPDATE, null, "7", "Mail is slow",
                    StatusUpdateServiceImpl.posted(UpdateKind.UPDATE, UpdateAudience.PUBLIC));
        };
    }

    private static TimelineItem item(TimelineKind kind, String field, String before, String after, String note,
            TimelineMessage message) {
        return new TimelineItem(1, AT, 2, "Priya Shah", kind, field, before, after, note, null, message);
    }

    private static TimelineItem converted(LegacyTimelineTexts.Converted converted) {
        return item(converted.kind(), null, null, null, converted.note(), converted.message());
    }

    /** What the system says of the entry (its sentence and its lines), without what a person wrote. */
    private static String systemWords(TimelineText text, TimelineItem item) {
        List<String> words = new ArrayList<>(List.of(text.describe(item)));
        if (item.message() != null) {
            item.message().lines().forEach(line -> words.add(text.words(line)));
        }
        return String.join("\n", words);
    }

    private static void assertBothLanguages(TimelineItem item) {
        String english = systemWords(timelineText(ENGLISH, MADRID), item);
        String spanish = systemWords(timelineText(SPANISH, MADRID), item);
        assertReadsIn(ENGLISH, english, TimelineKind.values(), UpdateAudience.values(), UpdateKind.values(),
                Phase.values(), PublicStatus.values(), IncidentState.values(), Scope.values());
        assertReadsIn(SPANISH, spanish, TimelineKind.values(), UpdateAudience.values(), UpdateKind.values(),
                Phase.values(), PublicStatus.values(), IncidentState.values(), Scope.values());
        assertThat(english).as("English and Spanish differ for " + item.kind()).isNotEqualTo(spanish);
    }

    @Test
    void everyKindReadsInEnglishAndInSpanish() {
        for (TimelineKind kind : TimelineKind.values()) {
            assertBothLanguages(sample(kind));
        }
    }

    @Test
    void everyPostedUpdateSaysWhoItWasForInTheReadersWords() {
        for (UpdateKind kind : UpdateKind.values()) {
            for (UpdateAudience audience : UpdateAudience.values()) {
                assertBothLanguages(item(TimelineKind.STATUS_UPDATE, null, null, null, "Mail is slow",
                        StatusUpdateServiceImpl.posted(kind, audience)));
            }
        }
        TimelineItem update = sample(TimelineKind.STATUS_UPDATE);
        assertThat(timelineText(ENGLISH, MADRID).sentence(update)).isEqualTo("posted a public update: Mail is slow");
        assertThat(timelineText(SPANISH, MADRID).sentence(update))
                .isEqualTo("publicó una actualización pública: Mail is slow");
    }

    @Test
    void everyChangedFieldReadsWithLabelsAndLocalTimes() {
        List<TimelineItem> changes = List.of(
                item(TimelineKind.CHANGED, "severity", "SEV3", "SEV1", null, null),
                item(TimelineKind.CHANGED, "scope", "SINGLE_USER", "ALL_USERS", null, null),
                item(TimelineKind.CHANGED, "publicStatus", "INVESTIGATING", "MONITORING", null, null),
                item(TimelineKind.CHANGED, "services", null, "INBOUND,WEBMAIL", null, null),
                item(TimelineKind.CHANGED, "eta", null, AT.toString(), null, null),
                item(TimelineKind.CHANGED, "milestone." + Milestone.MITIGATED.name(), null, AT.toString(), null, null),
                item(TimelineKind.CHANGED, "role.commander", null, "Priya Shah", null, null));
        changes.forEach(change -> {
            String english = timelineText(ENGLISH, MADRID).describe(change);
            assertReadsIn(ENGLISH, english, MailService.values(), PublicStatus.values(), Scope.values(),
                    Milestone.values());
            assertReadsIn(SPANISH, timelineText(SPANISH, MADRID).describe(change), MailService.values(),
                    PublicStatus.values(), Scope.values(), Milestone.values());
        });
        assertThat(timelineText(ENGLISH, MADRID).describe(changes.get(4))).as("the ETA in the reader's zone")
                .contains("5:43");
        assertThat(timelineText(ENGLISH, ZoneId.of("UTC")).describe(changes.get(4))).contains("4:43");
    }

    @Test
    void aChecklistTitleReadsInTheReadersLanguageAndTheDetailAsWritten() {
        TimelineItem step = sample(TimelineKind.RUNBOOK);
        String english = timelineText(ENGLISH, MADRID).describe(step);
        String spanish = timelineText(SPANISH, MADRID).describe(step);
        assertThat(english).isEqualTo("added a note to 3.5 Check the relay configuration").doesNotContain("Revisar");
        assertThat(spanish).isEqualTo("añadió una nota a 3.5 Revisar la configuración del relé")
                .doesNotContain("Check");
        assertThat(timelineText(SPANISH, MADRID).detail(step)).isEqualTo("mx1 ok");
    }

    @Test
    void monitoringReportsCountsAndEveryAlertInTheReadersWordsAndZone() {
        TimelineItem report = sample(TimelineKind.MONITORING);
        TimelineText english = timelineText(ENGLISH, MADRID);
        assertThat(english.describe(report)).isEqualTo("reported from Alertmanager: 1 firing (1 new), 1 resolved");
        assertThat(english.detail(report)).startsWith("Firing since Dec 7, 2026, 5:43")
                .contains("SMTP mx1 [smtp, critical] http://alerts.example/1", "Resolved: IMAP mx2 [imap]",
                        "All alerts on this incident are resolved").doesNotContain("MITIGATED");
        assertThat(timelineText(SPANISH, MADRID).detail(report)).startsWith("Activa desde 7 dic 2026, 5:43")
                .contains("Resuelta: IMAP mx2 [imap]", "Todas las alertas");
    }

    @Test
    void aLegacyTextNobodyCouldReadStaysAsWritten() {
        TimelineItem legacy = item(TimelineKind.RUNBOOK, null, null, null, "✓ 9.9 Something else", null);
        assertThat(timelineText(Locale.ENGLISH, MADRID).sentence(legacy))
                .isEqualTo("worked on the checklist: ✓ 9.9 Something else");
    }
}
