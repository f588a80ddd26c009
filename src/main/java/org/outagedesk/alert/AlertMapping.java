package org.outagedesk.alert;

import java.util.Map;
import java.util.Set;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.Severity;

/**
 * How alerts are read: the label naming the mail service and its values, the severity label
 * and its values, what applies when a label is missing or unknown, and the rate limit.
 */
public record AlertMapping(
        String serviceLabel,
        Map<String, MailService> services,
        Set<MailService> defaultServices,
        String severityLabel,
        Map<String, Severity> severities,
        Severity defaultSeverity,
        int rateLimitPerMinute,
        boolean resolvedMarksMitigated) {}
