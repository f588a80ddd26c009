package org.outagedesk.base;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per key, in memory on this node (a restart forgives): a bucket holds up to
 * {@code capacity} tokens and refills evenly ({@code refill} tokens per {@code period}); each
 * request takes one.
 */
public final class TokenBuckets {

    private record Bucket(double tokens, long at) {}

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Clock clock;

    public TokenBuckets(Clock clock) {
        this.clock = clock;
    }

    /** Takes one token from the key's bucket: {@link Duration#ZERO} if there was one, else how long until there is. */
    public Duration take(String key, int capacity, int perMinute) {
        return take(key, capacity, perMinute, Duration.ofMinutes(1));
    }

    /** {@link #take(String, int, int)} for a bucket that refills {@code refill} tokens per {@code period}. */
    public Duration take(String key, int capacity, int refill, Duration period) {
        return use(key, capacity, refill, period, true);
    }

    /** How long until the key's bucket has a token ({@link Duration#ZERO} if it has one), taking none. */
    public Duration waitFor(String key, int capacity, int refill, Duration period) {
        return use(key, capacity, refill, period, false);
    }

    private Duration use(String key, int capacity, int refill, Duration period, boolean consume) {
        long now = nanos();
        double perNano = (double) refill / period.toNanos();
        Duration[] wait = {Duration.ZERO};
        buckets.compute(key, (k, bucket) -> {
            double tokens = bucket == null ? capacity : Math.min(capacity, bucket.tokens() + (now - bucket.at()) * perNano);
            if (tokens >= 1) {
                return new Bucket(consume ? tokens - 1 : tokens, now);
            }
            wait[0] = Duration.ofNanos((long) Math.ceil((1 - tokens) / perNano));
            return new Bucket(tokens, now);
        });
        return wait[0];
    }

    /** Forgets buckets untouched for longer than {@code idle}: long enough to be full again, they would start full. */
    public void forgetIdle(Duration idle) {
        long oldest = nanos() - idle.toNanos();
        buckets.values().removeIf(bucket -> bucket.at() < oldest);
    }

    private long nanos() {
        return clock.millis() * 1_000_000L;
    }
}
