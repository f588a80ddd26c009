package org.outagedesk.probe.alert.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A token bucket per caller (token and client address): {@code outagedesk.alerts.rate-limit-per-minute}
 * requests fill it, it refills evenly over the minute. Kept in memory per node; a restart forgives.
 */
@Component
class RateLimiter {

    private static final long NANOS_PER_MINUTE = Duration.ofMinutes(1).toNanos();

    private record Bucket(double tokens, long at) {}

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AlertProperties properties;
    private final Clock clock;

    RateLimiter(AlertProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Takes one request from the caller's bucket: {@link Duration#ZERO} if allowed, else how long to wait. */
    Duration take(String caller) {
        long now = nanos();
        int capacity = properties.rateLimitPerMinute();
        double perNano = (double) capacity / NANOS_PER_MINUTE;
        Duration[] wait = {Duration.ZERO};
        buckets.compute(caller, (key, bucket) -> {
            double tokens = bucket == null ? capacity : Math.min(capacity, bucket.tokens() + (now - bucket.at()) * perNano);
            if (tokens >= 1) {
                return new Bucket(tokens - 1, now);
            }
            wait[0] = Duration.ofNanos((long) Math.ceil((1 - tokens) / perNano));
            return new Bucket(tokens, now);
        });
        return wait[0];
    }

    /** Full buckets are forgotten; they would start full again anyway. */
    @Scheduled(fixedDelay = 60_000)
    void forgetFull() {
        long now = nanos();
        buckets.values().removeIf(bucket -> now - bucket.at() > NANOS_PER_MINUTE);
    }

    private long nanos() {
        return clock.millis() * 1_000_000L;
    }
}
