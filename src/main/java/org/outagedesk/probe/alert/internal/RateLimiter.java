package org.outagedesk.probe.alert.internal;

import java.time.Clock;
import java.time.Duration;
import org.outagedesk.base.TokenBuckets;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A token bucket per caller (token and client address): {@code outagedesk.alerts.rate-limit-per-minute}
 * requests fill it, it refills evenly over the minute. Kept in memory per node; a restart forgives.
 */
@Component
class RateLimiter {

    private final TokenBuckets buckets;
    private final AlertProperties properties;

    RateLimiter(AlertProperties properties, Clock clock) {
        this.properties = properties;
        this.buckets = new TokenBuckets(clock);
    }

    /** Takes one request from the caller's bucket: {@link Duration#ZERO} if allowed, else how long to wait. */
    Duration take(String caller) {
        int perMinute = properties.rateLimitPerMinute();
        return buckets.take(caller, perMinute, perMinute);
    }

    /** Full buckets are forgotten; they would start full again anyway. */
    @Scheduled(fixedDelay = 60_000)
    void forgetFull() {
        buckets.forgetIdle(Duration.ofMinutes(1));
    }
}
