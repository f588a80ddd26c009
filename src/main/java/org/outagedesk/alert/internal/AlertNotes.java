package org.outagedesk.alert.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.outagedesk.mailerror.ErrorSignature;
import org.outagedesk.mailerror.MailErrors;
import org.outagedesk.incident.TimelineMessage;

/**
 * What an alert notification adds to the timeline: how many alerts fire, are new or resolved, and a
 * line per alert, kept as a message put into each reader's words; the alerts' own titles,
 * descriptions, labels and links are shown as the monitoring system wrote them.
 */
final class AlertNotes {

    /** At most this many alert lines are kept (the counts stay complete); the rest is summed up. */
    static final int MAX_LINES = 8;
    private static final int MAX_LINE = 300;
    private static final int MAX_SOURCE = 120;

    /** How one alert of the notification stands against what was known. */
    enum Change {
        NEW("alert.timeline.firing"),
        STILL_FIRING("alert.timeline.still-firing"),
        RESOLVED("alert.timeline.resolved");

        private final String key;

        Change(String key) {
            this.key = key;
        }
    }

    record Line(IncomingAlert alert, Change change) {}

    private AlertNotes() {}

    static TimelineMessage describe(AlertNotification notification, List<Line> lines, boolean recovered,
            MailErrors errors) {
        long firing = lines.stream().filter(line -> line.change() != Change.RESOLVED).count();
        long fresh = lines.stream().filter(line -> line.change() == Change.NEW).count();
        List<TimelineMessage> below = new ArrayList<>();
        lines.stream().limit(MAX_LINES).forEach(line -> {
            below.add(line(line));
            readAs(line, errors).ifPresent(below::add);
        });
        if (lines.size() > MAX_LINES) {
            below.add(TimelineMessage.of("alert.timeline.more", TimelineMessage.count(lines.size() - MAX_LINES)));
        }
        if (recovered) {
            below.add(TimelineMessage.of("alert.timeline.recovered"));
        }
        return TimelineMessage.of("alert.timeline.summary", TimelineMessage.text(source(notification)),
                TimelineMessage.count(firing), TimelineMessage.count(fresh),
                TimelineMessage.count(lines.size() - firing)).withLines(below);
    }

    /**
     * A firing alert whose words carry a mail error the catalogue knows ("451 4.7.0", "certificate has
     * expired"): what it means, as triage reads a report's error, put into words for each reader.
     */
    private static Optional<TimelineMessage> readAs(Line line, MailErrors errors) {
        if (line.change() == Change.RESOLVED) {
            return Optional.empty();
        }
        IncomingAlert alert = line.alert();
        String words = alert.title() + (AlertText.blank(alert.description()) ? "" : " " + alert.description());
        ErrorSignature signature = errors.signature(words);
        return signature.recognised()
                ? Optional.of(TimelineMessage.of("alert.timeline.read-as", TimelineMessage.label(signature.meaningKey())))
                : Optional.empty();
    }

    private static TimelineMessage line(Line line) {
        IncomingAlert alert = line.alert();
        TimelineMessage.Argument what = TimelineMessage.text(AlertText.clip(asWritten(alert), MAX_LINE));
        return alert.startsAt() != null && line.change() == Change.NEW
                ? TimelineMessage.of("alert.timeline.firing-since", what, TimelineMessage.time(alert.startsAt()))
                : TimelineMessage.of(line.change().key, what);
    }

    /** The alert as its monitoring system wrote it: title — description [services, severity] link. */
    private static String asWritten(IncomingAlert alert) {
        StringBuilder text = new StringBuilder(alert.title());
        if (!AlertText.blank(alert.description())) {
            text.append(" — ").append(alert.description().strip());
        }
        if (!alert.services().isEmpty() || alert.severity() != null) {
            text.append(" [").append(String.join(", ", alert.services()))
                    .append(alert.severity() == null ? "" : (alert.services().isEmpty() ? "" : ", ") + alert.severity())
                    .append("]");
        }
        if (!AlertText.blank(alert.url())) {
            text.append(" ").append(alert.url().strip());
        }
        return text.toString();
    }

    private static String source(AlertNotification notification) {
        return notification.source().startsWith("generic:")
                ? AlertText.clip(notification.source().substring("generic:".length()), MAX_SOURCE)
                : "Alertmanager";
    }
}
