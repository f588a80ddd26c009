package org.outagedesk.alert.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.Severity;
import org.springframework.stereotype.Component;

/** Reads mail services and severity from alert labels with the configured mapping (or the enum names). */
@Component
class AlertLabels {

    private final AlertProperties properties;

    AlertLabels(AlertProperties properties) {
        this.properties = properties;
    }

    /** The services the alerts name; the configured defaults when they name none. */
    Set<MailService> services(Collection<IncomingAlert> alerts) {
        Set<MailService> services = EnumSet.noneOf(MailService.class);
        alerts.stream().flatMap(alert -> alert.services().stream()).map(this::service).flatMap(Optional::stream)
                .forEach(services::add);
        return services.isEmpty() ? EnumSet.copyOf(properties.defaultServices()) : services;
    }

    /** The worst severity the alerts name; the configured default when they name none. */
    Severity severity(Collection<IncomingAlert> alerts) {
        return alerts.stream().map(IncomingAlert::severity).filter(Objects::nonNull).map(this::severity)
                .flatMap(Optional::stream).min(Comparator.naturalOrder()).orElse(properties.defaultSeverity());
    }

    /** Service label values; several may be given as {@code smtp|imap} or {@code smtp,imap}. */
    static List<String> split(String value) {
        return value == null ? List.of()
                : Arrays.stream(value.split("[|,]")).map(String::strip).filter(part -> !part.isEmpty()).toList();
    }

    private Optional<MailService> service(String value) {
        String key = value.strip().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(properties.services().get(key))
                .or(() -> Arrays.stream(MailService.values()).filter(s -> s.name().equalsIgnoreCase(key)).findFirst());
    }

    private Optional<Severity> severity(String value) {
        String key = value.strip().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(properties.severities().get(key))
                .or(() -> Arrays.stream(Severity.values()).filter(s -> s.name().equalsIgnoreCase(key)).findFirst());
    }
}
