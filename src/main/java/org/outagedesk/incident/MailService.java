package org.outagedesk.incident;

import java.util.EnumSet;
import java.util.Set;
import org.outagedesk.report.MailClient;
import org.outagedesk.report.Symptom;

/** A mail service an incident can affect. */
public enum MailService {
    OUTBOUND_SMTP,
    INBOUND,
    IMAP_POP,
    WEBMAIL,
    MOBILE_SYNC,
    CALENDAR;

    /** The services as one column value: their names, sorted, comma-separated. */
    public static String join(Set<MailService> services) {
        return String.join(",", new java.util.TreeSet<>(services.stream().map(Enum::name).toList()));
    }

    /** The services of a column value written by {@link #join}. */
    public static Set<MailService> parse(String column) {
        Set<MailService> services = EnumSet.noneOf(MailService.class);
        if (column != null && !column.isBlank()) {
            for (String name : column.split(",")) {
                services.add(valueOf(name.strip()));
            }
        }
        return services;
    }

    /** The services a reported symptom points at (empty when it points at none in particular). */
    public static Set<MailService> forSymptom(Symptom symptom) {
        return switch (symptom) {
            case CANNOT_SEND -> EnumSet.of(OUTBOUND_SMTP);
            case CANNOT_RECEIVE -> EnumSet.of(INBOUND);
            case DELAYED, BOUNCED -> EnumSet.of(OUTBOUND_SMTP, INBOUND);
            case LOGIN -> EnumSet.of(IMAP_POP, WEBMAIL);
            case SYNC -> EnumSet.of(MOBILE_SYNC, CALENDAR);
            case MAILBOX_FULL, SPAM_PHISHING, OTHER -> EnumSet.noneOf(MailService.class);
        };
    }

    /** The service a mail client depends on most, or {@code null} for "other". */
    public static MailService forClient(MailClient client) {
        return switch (client) {
            case DESKTOP_CLIENT -> IMAP_POP;
            case WEBMAIL -> WEBMAIL;
            case MOBILE -> MOBILE_SYNC;
            case OTHER -> null;
        };
    }

    /** A first guess of the affected services from what reporters said. */
    public static Set<MailService> suggested(Symptom symptom, MailClient client) {
        Set<MailService> services = EnumSet.noneOf(MailService.class);
        services.addAll(forSymptom(symptom));
        if (services.isEmpty() && client != null && forClient(client) != null) {
            services.add(forClient(client));
        }
        return services;
    }
}
