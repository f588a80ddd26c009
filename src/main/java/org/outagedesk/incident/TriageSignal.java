package org.outagedesk.incident;

import java.time.Instant;
import java.util.Set;

/**
 * A fact from monitoring that triage shows beside user reports, e.g. "SMTP probe failed 3 times
 * in a row", with what it suggests opening.
 *
 * @param key stable identifier of the signal's source (for element ids)
 * @param title what failed, in short
 * @param detail the latest error as the monitor gave it
 * @param since when the failure started
 */
public record TriageSignal(String key, String title, String detail, Set<MailService> services, Scope scope,
        Severity severity, Instant since, int failures) {}
