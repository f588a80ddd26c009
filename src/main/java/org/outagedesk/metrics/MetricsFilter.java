package org.outagedesk.metrics;

import java.time.Duration;
import java.time.Instant;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.Severity;
import org.outagedesk.review.CauseCategory;

/**
 * Which incidents the dashboard counts: those whose impact started in [{@code from}, {@code to}),
 * optionally of one severity, affecting one service, or with one cause category.
 */
public record MetricsFilter(Instant from, Instant to, Severity severity, MailService service, CauseCategory cause) {

    public MetricsFilter {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new MetricsException("metrics.error.period");
        }
    }

    public static MetricsFilter lastDays(Instant now, int days) {
        return new MetricsFilter(now.minus(Duration.ofDays(days)), now, null, null, null);
    }

    /** The period of the same length just before this one, with the same filters (for trends). */
    public MetricsFilter previous() {
        Duration length = Duration.between(from, to);
        return new MetricsFilter(from.minus(length), from, severity, service, cause);
    }
}
