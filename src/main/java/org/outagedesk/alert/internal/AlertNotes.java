package org.outagedesk.alert.internal;

import java.util.List;
import java.util.stream.Collectors;

/** The timeline text of an alert notification: what fires, what is new, what resolved, with links back. */
final class AlertNotes {

    private static final int MAX_NOTE = 4000;
    private static final int MAX_LINE = 400;

    /** How one alert of the notification stands against what was known. */
    enum Change {
        NEW,
        STILL_FIRING,
        RESOLVED
    }

    record Line(IncomingAlert alert, Change change) {}

    private AlertNotes() {}

    static String describe(AlertNotification notification, List<Line> lines, boolean recovered) {
        long firing = lines.stream().filter(line -> line.change() != Change.RESOLVED).count();
        long fresh = lines.stream().filter(line -> line.change() == Change.NEW).count();
        long resolved = lines.size() - firing;
        StringBuilder note = new StringBuilder(source(notification)).append(": ")
                .append(firing).append(" firing (").append(fresh).append(" new), ")
                .append(resolved).append(" resolved.");
        note.append(lines.stream().map(AlertNotes::line).collect(Collectors.joining("")));
        if (recovered) {
            note.append("\nAll alerts on this incident are resolved: monitoring sees the service back "
                    + "(milestone MITIGATED set unless it was already). Verify, then resolve the incident.");
        }
        return AlertText.clip(note.toString(), MAX_NOTE);
    }

    private static String line(Line line) {
        IncomingAlert alert = line.alert();
        StringBuilder text = new StringBuilder("\n• ").append(switch (line.change()) {
            case NEW -> "FIRING";
            case STILL_FIRING -> "still firing";
            case RESOLVED -> "RESOLVED";
        }).append(": ").append(alert.title());
        if (!AlertText.blank(alert.description())) {
            text.append(" — ").append(alert.description().strip());
        }
        if (!alert.services().isEmpty() || alert.severity() != null) {
            text.append(" [").append(String.join(", ", alert.services()))
                    .append(alert.severity() == null ? "" : (alert.services().isEmpty() ? "" : ", ") + alert.severity())
                    .append("]");
        }
        if (alert.startsAt() != null && line.change() == Change.NEW) {
            text.append(" since ").append(alert.startsAt());
        }
        if (!AlertText.blank(alert.url())) {
            text.append(" ").append(alert.url().strip());
        }
        return AlertText.clip(text.toString(), MAX_LINE);
    }

    private static String source(AlertNotification notification) {
        return notification.source().startsWith("generic:") ? notification.source().substring("generic:".length())
                : "Alertmanager";
    }
}
