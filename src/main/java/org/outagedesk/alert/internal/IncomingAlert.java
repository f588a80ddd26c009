package org.outagedesk.alert.internal;

import java.time.Instant;
import java.util.List;

/**
 * One alert of a notification, reduced to what the intake uses.
 *
 * @param fingerprint identifies the alert across notifications
 * @param severity the raw severity (label value), or {@code null}
 * @param services the raw service names (label values), possibly empty
 * @param startsAt when it began firing, or {@code null}
 */
record IncomingAlert(String fingerprint, boolean firing, String title, String severity, List<String> services,
        String description, String url, Instant startsAt) {}
