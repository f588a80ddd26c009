package org.outagedesk.report.internal;

import java.time.Clock;
import java.time.Duration;
import org.outagedesk.base.TokenBuckets;
import org.outagedesk.report.ReportRateLimited;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * How fast one person may create reports, form and API together: {@code outagedesk.reports.per-person-burst}
 * at once, then {@code outagedesk.reports.per-person-per-minute}. No person reporting by hand comes near it;
 * a runaway script does. In memory per node.
 */
@Component
class ReportRateLimit {

    private final TokenBuckets buckets;
    private final ReportProperties properties;

    ReportRateLimit(ReportProperties properties, Clock clock) {
        this.properties = properties;
        this.buckets = new TokenBuckets(clock);
    }

    /** Counts one report of the person, or refuses it with how long to wait (whole seconds, at least one). */
    void take(long reporterId) {
        Duration wait = buckets.take(Long.toString(reporterId), properties.perPersonBurst(),
                properties.perPersonPerMinute());
        if (!wait.isZero()) {
            throw new ReportRateLimited(Duration.ofSeconds(Math.max(1, (wait.toMillis() + 999) / 1000)));
        }
    }

    @Scheduled(fixedDelay = 60_000)
    void forgetFull() {
        buckets.forgetIdle(Duration.ofMinutes(1).multipliedBy(properties.perPersonBurst())
                .dividedBy(properties.perPersonPerMinute()).plusSeconds(1));
    }
}
