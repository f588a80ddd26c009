package org.outagedesk.alert.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.outagedesk.testsupport.ReaderLanguage.ENGLISH;
import static org.outagedesk.testsupport.ReaderLanguage.SPANISH;
import static org.outagedesk.testsupport.ReaderLanguage.assertReadsIn;
import static org.outagedesk.testsupport.ReaderLanguage.timelineText;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.outagedesk.alert.internal.AlertNotes.Change;
import org.outagedesk.alert.internal.AlertNotes.Line;
import org.outagedesk.incident.TimelineMessage;
import org.outagedesk.incident.TimelineText;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.mailerror.MailErrors;

/**
 * What monitoring adds to the timeline, for an English and a Spanish reader: counts and a line per
 * alert in the reader's words and zone, the alerts themselves as their monitoring system wrote them.
 */
class AlertNotesWordsTest {

    private static final Instant STARTED = Instant.parse("2026-12-07T04:43:00Z");
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final MailErrors ERRORS = MailErrors.fromCatalogue(new BundleI18NProvider());

    private static IncomingAlert alert(String title, boolean firing, Instant startsAt) {
        return new IncomingAlert(title, firing, title, "critical", List.of("smtp"), null, "http://alerts.example/1",
                startsAt);
    }

    private static String all(TimelineText text, TimelineMessage message) {
        return text.words(message) + "\n" + String.join("\n", message.lines().stream().map(text::words).toList());
    }

    @Test
    void everyChangeOfAnAlertAndTheRecoveryReadInBothLanguages() {
        List<Line> lines = List.of(new Line(alert("SMTP mx1", true, STARTED), Change.NEW),
                new Line(alert("SMTP mx2", true, null), Change.NEW),
                new Line(alert("IMAP mx1", true, STARTED), Change.STILL_FIRING),
                new Line(alert("POP3 mx1", false, STARTED), Change.RESOLVED));
        TimelineMessage report = AlertNotes.describe(new AlertNotification("alertmanager", "g", true, "Mail", lines.stream()
                .map(Line::alert).toList()), lines, true, ERRORS);

        String english = all(timelineText(ENGLISH, MADRID), report);
        String spanish = all(timelineText(SPANISH, MADRID), report);
        assertReadsIn(ENGLISH, english, Change.values());
        assertReadsIn(SPANISH, spanish, Change.values());
        assertThat(english).isEqualTo("""
                reported from Alertmanager: 3 firing (2 new), 1 resolved
                Firing since Dec 7, 2026, 5:43\u202fAM: SMTP mx1 [smtp, critical] http://alerts.example/1
                Firing: SMTP mx2 [smtp, critical] http://alerts.example/1
                Still firing: IMAP mx1 [smtp, critical] http://alerts.example/1
                Resolved: POP3 mx1 [smtp, critical] http://alerts.example/1
                All alerts on this incident are resolved: monitoring sees the service back (the mitigation time \
                is set unless it already was). Verify, then resolve the incident.""");
        assertThat(spanish).startsWith("informó desde Alertmanager: 3 activas (2 nuevas), 1 resuelta\n"
                + "Activa desde 7 dic 2026, 5:43: SMTP mx1");
    }

    @Test
    void aFloodOfAlertsKeepsItsCountsAndSumsUpTheLinesBeyondTheLimit() {
        List<Line> lines = IntStream.range(0, AlertNotes.MAX_LINES + 3)
                .mapToObj(index -> new Line(alert("A" + index + " " + "x".repeat(600), true, null), Change.NEW))
                .toList();
        TimelineMessage report = AlertNotes.describe(new AlertNotification("generic:uptime-kuma", "g", true, "Mail",
                lines.stream().map(Line::alert).toList()), lines, false, ERRORS);

        assertThat(report.lines()).hasSize(AlertNotes.MAX_LINES + 1);
        assertThat(report.toJson().length()).as("fits the timeline's message column").isLessThanOrEqualTo(4000);
        assertThat(timelineText(ENGLISH, MADRID).words(report)).startsWith("reported from uptime-kuma: 11 firing");
        assertThat(timelineText(SPANISH, MADRID).words(report.lines().getLast())).isEqualTo("… y 3 alertas más");
        assertThat(timelineText(ENGLISH, MADRID).words(report.lines().getLast())).isEqualTo("… and 3 more alerts");
    }

    @Test
    void aFiringAlertThatCarriesAMailErrorIsReadLikeAReportsErrorInEachReadersLanguage() {
        List<Line> lines = List.of(
                new Line(new IncomingAlert("SMTP mx1", true, "451 4.7.0 Temporary server error from mx1", "critical",
                        List.of("smtp"), null, null, null), Change.NEW),
                new Line(new IncomingAlert("Disk mx1", true, "disk 91 % full", "warning", List.of(), null, null, null),
                        Change.NEW));
        TimelineMessage report = AlertNotes.describe(new AlertNotification("alertmanager", "g", true, "Mail",
                lines.stream().map(Line::alert).toList()), lines, false, ERRORS);

        String meaningKey = ERRORS.signature("451 4.7.0").meaningKey();
        assertThat(report.lines()).as("a reading under the mail error only").hasSize(3);
        assertThat(timelineText(ENGLISH, MADRID).words(report.lines().get(1)))
                .isEqualTo("Read as: " + new BundleI18NProvider().getTranslation(meaningKey, ENGLISH));
        assertThat(timelineText(SPANISH, MADRID).words(report.lines().get(1)))
                .isEqualTo("Se lee como: " + new BundleI18NProvider().getTranslation(meaningKey, SPANISH));
    }

    /** The worst an alert storm can write: every line at its longest, of characters JSON escapes the most. */
    @Test
    void theLongestMessageFitsTheTimelineColumnEvenWhenEveryCharacterIsEscaped() {
        String escaped = "\"\u0001".repeat(400);
        // Each alert also carries a mail error, so each line gets its reading below it.
        List<Line> lines = IntStream.range(0, 40).mapToObj(n -> new Line(new IncomingAlert(escaped + n, true,
                escaped + " 451 4.7.0 Temporary server error",
                escaped, List.of(escaped), escaped, escaped, STARTED), Change.NEW)).toList();
        String json = AlertNotes.describe(new AlertNotification("generic:" + escaped, "g", true, escaped,
                lines.stream().map(Line::alert).toList()), lines, true, ERRORS).toJson();

        assertThat(json.length()).as("more than V13's VARCHAR(4000) held").isGreaterThan(4000)
                .as("within V21's TEXT: 65,535 bytes, 16,383 characters of four bytes").isLessThan(16_383);
    }
}
