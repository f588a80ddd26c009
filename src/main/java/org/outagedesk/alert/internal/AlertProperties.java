package org.outagedesk.alert.internal;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.Scope;
import org.outagedesk.incident.Severity;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Monitoring-alert intake under {@code outagedesk.alerts.*}.
 *
 * @param token a bearer token accepted besides the one admins generate (e.g. from the
 *        environment as {@code OUTAGEDESK_ALERTS_TOKEN}); empty for none
 * @param rateLimitPerMinute alert requests per minute per token and client address; past it, 429
 * @param failedTokenLimit wrong alert tokens from one client address after which that address gets 429
 *        (whatever token it sends) until the window has let one more through
 * @param failedTokenWindow the time over which {@code failedTokenLimit} wrong tokens are allowed
 * @param maxBodySize largest request body accepted; larger is 413
 * @param serviceLabel the alert label naming the affected mail service
 * @param services label value (lower case) → mail service; setting any replaces the defaults
 * @param defaultServices services assumed when no alert names a known one
 * @param severityLabel the alert label naming the severity
 * @param severities label value (lower case) → incident severity; setting any replaces the defaults
 * @param defaultSeverity severity when no alert names a known one
 * @param scope scope of incidents opened from alerts (monitoring sees the service, not the people)
 * @param resolvedMarksMitigated whether a group whose alerts all resolved sets the MITIGATED milestone
 */
@ConfigurationProperties("outagedesk.alerts")
record AlertProperties(
        String token,
        @DefaultValue("60") int rateLimitPerMinute,
        @DefaultValue("10") int failedTokenLimit,
        @DefaultValue("15m") Duration failedTokenWindow,
        @DefaultValue("1MB") DataSize maxBodySize,
        @DefaultValue("service") String serviceLabel,
        Map<String, MailService> services,
        @DefaultValue({"OUTBOUND_SMTP", "INBOUND"}) Set<MailService> defaultServices,
        @DefaultValue("severity") String severityLabel,
        Map<String, Severity> severities,
        @DefaultValue("SEV3") Severity defaultSeverity,
        @DefaultValue("ALL_USERS") Scope scope,
        @DefaultValue("true") boolean resolvedMarksMitigated) {

    AlertProperties {
        token = token == null || token.isBlank() ? null : token.strip();
        rateLimitPerMinute = Math.max(1, rateLimitPerMinute);
        failedTokenLimit = Math.max(1, failedTokenLimit);
        services = lowerCaseKeys(services == null || services.isEmpty() ? defaultServiceMap() : services);
        severities = lowerCaseKeys(severities == null || severities.isEmpty() ? defaultSeverityMap() : severities);
        defaultServices = defaultServices.isEmpty() ? EnumSet.of(MailService.OUTBOUND_SMTP, MailService.INBOUND)
                : EnumSet.copyOf(defaultServices);
    }

    private static Map<String, MailService> defaultServiceMap() {
        Map<String, MailService> map = new LinkedHashMap<>();
        map.put("smtp", MailService.OUTBOUND_SMTP);
        map.put("submission", MailService.OUTBOUND_SMTP);
        map.put("mx", MailService.INBOUND);
        map.put("inbound", MailService.INBOUND);
        map.put("imap", MailService.IMAP_POP);
        map.put("pop3", MailService.IMAP_POP);
        map.put("webmail", MailService.WEBMAIL);
        map.put("activesync", MailService.MOBILE_SYNC);
        map.put("calendar", MailService.CALENDAR);
        return map;
    }

    private static Map<String, Severity> defaultSeverityMap() {
        Map<String, Severity> map = new LinkedHashMap<>();
        map.put("critical", Severity.SEV1);
        map.put("page", Severity.SEV1);
        map.put("major", Severity.SEV2);
        map.put("error", Severity.SEV2);
        map.put("warning", Severity.SEV3);
        map.put("info", Severity.SEV4);
        return map;
    }

    private static <V> Map<String, V> lowerCaseKeys(Map<String, V> map) {
        Map<String, V> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> copy.put(key.strip().toLowerCase(Locale.ROOT), value));
        return Collections.unmodifiableMap(new TreeMap<>(copy));
    }
}
