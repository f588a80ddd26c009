package org.outagedesk.alert.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Turns both webhook bodies into one {@link AlertNotification}, refusing what makes no sense. Text is
 * made readable first ({@link AlertText#readable}): monitors send ANSI colours and stray control characters.
 */
@Component
class AlertPayloads {

    static final String ALERTMANAGER = "alertmanager";
    private static final int MAX_ALERTS = 500;

    private final AlertProperties properties;

    AlertPayloads(AlertProperties properties) {
        this.properties = properties;
    }

    AlertNotification fromAlertmanager(AlertmanagerPayload payload) {
        if (payload.alerts() == null || payload.alerts().isEmpty()) {
            throw new AlertRejected("alerts", "At least one alert is required.");
        }
        if (payload.alerts().size() > MAX_ALERTS) {
            throw new AlertRejected("alerts", "At most " + MAX_ALERTS + " alerts per notification.");
        }
        boolean firing = firing(payload.status(), "status");
        List<IncomingAlert> alerts = new ArrayList<>();
        for (int i = 0; i < payload.alerts().size(); i++) {
            alerts.add(alert(payload.alerts().get(i), "alerts[" + i + "]"));
        }
        Map<String, String> groupLabels = AlertText.readable(payload.groupLabels());
        String groupKey = AlertText.blank(payload.groupKey())
                ? AlertText.readableLine(payload.receiver()) + ":" + new TreeMap<>(groupLabels)
                : AlertText.readableLine(payload.groupKey());
        return new AlertNotification(ALERTMANAGER, groupKey, firing, title(payload, alerts), alerts);
    }

    AlertNotification fromGeneric(GenericAlert alert) {
        String source = required(AlertText.readableLine(alert.source()), "source", 50);
        String key = required(AlertText.readableLine(alert.key()), "key", 500);
        boolean firing = firing(alert.status(), "status");
        String title = AlertText.readableLine(alert.title());
        title = firing ? required(title, "title", 200) : AlertText.blank(title) ? key : title;
        List<String> services = alert.services() == null ? List.of() : alert.services().stream()
                .filter(Objects::nonNull).flatMap(value -> AlertLabels.split(AlertText.readableLine(value)).stream())
                .toList();
        IncomingAlert incoming = new IncomingAlert(key, firing, title, AlertText.readableLine(alert.severity()),
                services, AlertText.clip(AlertText.readable(alert.description()), 4000),
                AlertText.readableLine(alert.url()), null);
        return new AlertNotification("generic:" + source, key, firing, title, List.of(incoming));
    }

    private IncomingAlert alert(AlertmanagerPayload.Alert alert, String path) {
        if (alert == null) {
            throw new AlertRejected(path, "An alert must be an object.");
        }
        Map<String, String> labels = AlertText.readable(alert.labels());
        Map<String, String> annotations = AlertText.readable(alert.annotations());
        String fingerprint = AlertText.blank(alert.fingerprint()) ? labelSet(labels) : alert.fingerprint();
        String name = labels.getOrDefault("alertname", "alert");
        String title = AlertText.readableLine(annotations.getOrDefault("summary", name));
        return new IncomingAlert(fingerprint, firing(alert.status(), path + ".status"), title,
                AlertText.readableLine(labels.get(properties.severityLabel())),
                AlertLabels.split(AlertText.readableLine(labels.get(properties.serviceLabel()))),
                annotations.get("description"), AlertText.readableLine(alert.generatorURL()), alert.startsAt());
    }

    private static String title(AlertmanagerPayload payload, List<IncomingAlert> alerts) {
        Map<String, String> common = AlertText.readable(payload.commonAnnotations());
        Map<String, String> group = AlertText.readable(payload.groupLabels());
        String title = AlertText.readableLine(
                common.getOrDefault("summary", group.getOrDefault("alertname", alerts.getFirst().title())));
        return alerts.size() > 1 ? title + " (" + alerts.size() + " alerts)" : title;
    }

    private static String labelSet(Map<String, String> labels) {
        return new TreeMap<>(labels).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(","));
    }

    private static boolean firing(String status, String field) {
        if ("firing".equals(status)) {
            return true;
        }
        if ("resolved".equals(status)) {
            return false;
        }
        throw new AlertRejected(field, "'" + field + "' must be 'firing' or 'resolved'.");
    }

    private static String required(String value, String field, int max) {
        if (AlertText.blank(value)) {
            throw new AlertRejected(field, "'" + field + "' is required.");
        }
        if (value.length() > max) {
            throw new AlertRejected(field, "'" + field + "' is longer than " + max + " characters.");
        }
        return value.strip();
    }
}
