package org.outagedesk.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.outagedesk.security.LoginThrottleProperties;
import org.outagedesk.security.LoginThrottledException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per client address. After a few failures each
 * attempt must wait (doubling), after more the account or address is locked for a while.
 * Kept in memory: a restart forgives, which is acceptable for throttling.
 */
@Component
class LoginThrottle {

    private static final int MAX_TRACKED = 100_000;

    private record Failures(int count, Instant last, Instant lockedUntil) {}

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final LoginThrottleProperties properties;
    private final Clock clock;

    LoginThrottle(LoginThrottleProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Refuses the attempt when the account or the address must still wait. */
    void check(String email, String address) {
        Instant now = clock.instant();
        check(accountKey(email), now);
        check(addressKey(address), now);
    }

    void failed(String email, String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_TRACKED) {
            forgetOld();
        }
        record(accountKey(email), properties.lockAfter(), now);
        record(addressKey(address), properties.addressLockAfter(), now);
    }

    void succeeded(String email) {
        failures.remove(accountKey(email));
    }

    @Scheduled(fixedDelay = 60_000)
    void forgetOld() {
        Instant cutoff = clock.instant().minus(properties.window());
        failures.values().removeIf(f -> f.last().isBefore(cutoff)
                && (f.lockedUntil() == null || f.lockedUntil().isBefore(clock.instant())));
    }

    private void check(String key, Instant now) {
        Failures current = failures.get(key);
        if (current == null) {
            return;
        }
        if (current.lockedUntil() != null && now.isBefore(current.lockedUntil())) {
            throw new LoginThrottledException(Duration.between(now, current.lockedUntil()), true);
        }
        Instant allowedAt = current.last().plus(delay(current.count()));
        if (now.isBefore(allowedAt)) {
            throw new LoginThrottledException(Duration.between(now, allowedAt), false);
        }
    }

    private void record(String key, int lockAfter, Instant now) {
        failures.compute(key, (k, previous) -> {
            boolean expired = previous == null || previous.last().isBefore(now.minus(properties.window()))
                    || (previous.lockedUntil() != null && !now.isBefore(previous.lockedUntil()));
            int count = expired ? 1 : previous.count() + 1;
            Instant lockedUntil = count >= lockAfter ? now.plus(properties.lockFor()) : null;
            return new Failures(count, now, lockedUntil);
        });
    }

    Duration delay(int failureCount) {
        int beyond = failureCount - properties.slowDownAfter();
        if (beyond < 0) {
            return Duration.ZERO;
        }
        Duration delay = Duration.ofSeconds(1L << Math.min(beyond, 16));
        return delay.compareTo(properties.maxDelay()) > 0 ? properties.maxDelay() : delay;
    }

    private static String accountKey(String email) {
        return "account:" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }
}
