package org.outagedesk.alert.internal;

import java.time.Clock;
import java.time.Duration;
import org.outagedesk.base.TokenBuckets;
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

    private final TokenBuckets buckets;
    private final AlertProperties properties;

    RateLimiter(AlertProperties properties, Clock clock) {
        this.properties = properties;
        this.buckets = new TokenBuckets(clock);
    }

    /** Takes one alert request from the caller's bucket: {@link Duration#ZERO} if allowed, else how long to wait. */
    Duration take(String caller) {
        int perMinute = properties.rateLimitPerMinute();
        return buckets.take(caller, perMinute, perMinute);
    }

    /** Counts a wrong alert token from this client address. */
    void failedToken(String address) {
        buckets.take(failedKey(address), properties.failedTokenLimit(), properties.failedTokenLimit(),
                properties.failedTokenWindow());
    }

    /** How long this client address must wait after too many wrong tokens; {@link Duration#ZERO} if it need not. */
    Duration failedTokenWait(String address) {
        return buckets.waitFor(failedKey(address), properties.failedTokenLimit(), properties.failedTokenLimit(),
                properties.failedTokenWindow());
    }

    /** Full buckets are forgotten; they would start full again anyway. */
    @Scheduled(fixedDelay = 60_000)
    void forgetFull() {
        Duration window = properties.failedTokenWindow();
        buckets.forgetIdle(window.compareTo(Duration.ofMinutes(1)) > 0 ? window : Duration.ofMinutes(1));
    }

    private static String failedKey(String address) {
        return "failed-token@" + address;
    }
}
