package org.outagedesk.incident;

import java.util.Locale;

/** Message keys of the labels of the incident module's (and the reports' symptom and client) enum values. */
public final class IncidentLabels {

    private IncidentLabels() {}

    /** e.g. {@code incident.phase.ASSESSMENT}, {@code incident.service.WEBMAIL}, {@code incident.client.MOBILE}. */
    public static String key(Enum<?> value) {
        String type = switch (value.getClass().getSimpleName()) {
            case "MailService" -> "service";
            case "PublicStatus" -> "status";
            case "IncidentState" -> "state";
            case "MailClient" -> "client";
            default -> value.getClass().getSimpleName().toLowerCase(Locale.ROOT);
        };
        return "incident." + type + "." + value.name();
    }
}
