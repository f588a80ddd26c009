package org.outagedesk.probe.alert.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Token buckets per key, refilling evenly: alert requests per token and client address
 * ({@code outagedesk.alerts.rate-limit-per-minute} a minute) and wrong alert tokens per client
 * address ({@code outagedesk.alerts.failed-token-limit} per {@code failed-token-window}).
 * Kept in memory per node; a restart forgives.
 */
@Component
class RateLimiter {

    private record Bucket(double tokens, long at, long periodNanos) {}

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AlertProperties properties;
    private final Clock clock;

    RateLimiter(AlertProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Takes one alert request from the caller's bucket: {@link Duration#ZERO} if allowed, else how long to wait. */
    Duration take(String caller) {
        return take(caller, properties.rateLimitPerMinute(), Duration.ofMinutes(1), true);
    }

    /** Counts a wrong alert token from this client address. */
    void failedToken(String address) {
        take(failedKey(address), properties.failedTokenLimit(), properties.failedTokenWindow(), true);
    }

    /** How long this client address must wait after too many wrong tokens; {@link Duration#ZERO} if it need not. */
    Duration failedTokenWait(String address) {
        return take(failedKey(address), properties.failedTokenLimit(), properties.failedTokenWindow(), false);
    }

    private Duration take(String key, int capacity, Duration period, boolean consume) {
        long now = nanos();
        double perNano = (double) capacity / period.toNanos();
        Duration[] wait = {Duration.ZERO};
        buckets.compute(key, (k, bucket) -> {
            double tokens = bucket == null ? capacity : Math.min(capacity, bucket.tokens() + (now - bucket.at()) * perNano);
            if (tokens >= 1) {
                return new Bucket(consume ? tokens - 1 : tokens, now, period.toNanos());
            }
            wait[0] = Duration.ofNanos((long) Math.ceil((1 - tokens) / perNano));
            return new Bucket(tokens, now, period.toNanos());
        });
        return wait[0];
    }

    /** Full buckets are forgotten; they would start full again anyway. */
    @Scheduled(fixedDelay = 60_000)
    void forgetFull() {
        long now = nanos();
        buckets.values().removeIf(bucket -> now - bucket.at() > bucket.periodNanos());
    }

    private static String failedKey(String address) {
        return "failed-token@" + address;
    }

    private long nanos() {
        return clock.millis() * 1_000_000L;
    }
}
