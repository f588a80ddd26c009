package org.outagedesk.probe.alert.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Turns both webhook bodies into one {@link AlertNotification}, refusing what makes no sense. */
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
        Map<String, String> groupLabels = payload.groupLabels() == null ? Map.of() : payload.groupLabels();
        String groupKey = AlertText.blank(payload.groupKey())
                ? payload.receiver() + ":" + new TreeMap<>(groupLabels) : payload.groupKey();
        return new AlertNotification(ALERTMANAGER, groupKey, firing, title(payload, alerts), alerts);
    }

    AlertNotification fromGeneric(GenericAlert alert) {
        String source = required(alert.source(), "source", 50);
        String key = required(alert.key(), "key", 500);
        boolean firing = firing(alert.status(), "status");
        String title = firing ? required(alert.title(), "title", 200) : Objects.requireNonNullElse(alert.title(), key);
        List<String> services = alert.services() == null ? List.of() : alert.services().stream()
                .filter(Objects::nonNull).flatMap(value -> AlertLabels.split(value).stream()).toList();
        IncomingAlert incoming = new IncomingAlert(key, firing, title, alert.severity(), services,
                AlertText.clip(alert.description(), 4000), alert.url(), null);
        return new AlertNotification("generic:" + source, key, firing, title, List.of(incoming));
    }

    private IncomingAlert alert(AlertmanagerPayload.Alert alert, String path) {
        if (alert == null) {
            throw new AlertRejected(path, "An alert must be an object.");
        }
        Map<String, String> labels = alert.labels() == null ? Map.of() : alert.labels();
        Map<String, String> annotations = alert.annotations() == null ? Map.of() : alert.annotations();
        String fingerprint = AlertText.blank(alert.fingerprint()) ? labelSet(labels) : alert.fingerprint();
        String name = labels.getOrDefault("alertname", "alert");
        String title = annotations.getOrDefault("summary", name);
        return new IncomingAlert(fingerprint, firing(alert.status(), path + ".status"), title,
                labels.get(properties.severityLabel()), AlertLabels.split(labels.get(properties.serviceLabel())),
                annotations.get("description"), alert.generatorURL(), alert.startsAt());
    }

    private static String title(AlertmanagerPayload payload, List<IncomingAlert> alerts) {
        Map<String, String> common = payload.commonAnnotations() == null ? Map.of() : payload.commonAnnotations();
        Map<String, String> group = payload.groupLabels() == null ? Map.of() : payload.groupLabels();
        String title = common.getOrDefault("summary", group.getOrDefault("alertname", alerts.getFirst().title()));
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
