package org.outagedesk.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.outagedesk.security.LoginThrottleProperties;
import org.outagedesk.security.LoginThrottledException;
import org.outagedesk.security.SignInLocked;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and client address, and per client address across
 * accounts. After a few failures each attempt must wait (doubling), after more that client is
 * locked out of that account (or, across accounts, out of every account) for a while. The
 * account itself is never locked for everyone, so nobody can lock other people out; admins are
 * told of a lock once per account and lock period. Kept in memory: a restart forgives.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private static final int MAX_TRACKED = 100_000;

    private record Failures(int count, Instant last, Instant lockedUntil) {

        boolean locked(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    /** Per account: until when admins have been told of a lock. */
    private final Map<String, Instant> reportedUntil = new ConcurrentHashMap<>();
    private final LoginThrottleProperties properties;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    LoginThrottle(LoginThrottleProperties properties, Clock clock, ApplicationEventPublisher events) {
        this.properties = properties;
        this.clock = clock;
        this.events = events;
    }

    /** Refuses the attempt when this client must still wait, for this account or for all. */
    void check(String email, String address) {
        Instant now = clock.instant();
        check(clientKey(email, address), now);
        check(addressKey(address), now);
    }

    void failed(String email, String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_TRACKED) {
            forgetOld();
        }
        Failures client = record(clientKey(email, address), properties.lockAfter(), now);
        record(addressKey(address), properties.addressLockAfter(), now);
        if (client.locked(now) && client.count() == properties.lockAfter()) {
            reportLock(normalised(email), address, client);
        }
    }

    void succeeded(String email, String address) {
        failures.remove(clientKey(email, address));
    }

    @Scheduled(fixedDelay = 60_000)
    void forgetOld() {
        Instant now = clock.instant();
        Instant cutoff = now.minus(properties.window());
        failures.values().removeIf(f -> f.last().isBefore(cutoff) && !f.locked(now));
        reportedUntil.values().removeIf(until -> !now.isBefore(until));
    }

    private void reportLock(String account, String address, Failures client) {
        Instant now = clock.instant();
        AtomicBoolean first = new AtomicBoolean();
        reportedUntil.compute(account, (key, until) -> {
            if (until != null && now.isBefore(until)) {
                return until;
            }
            first.set(true);
            return client.lockedUntil();
        });
        if (!first.get()) {
            return;
        }
        log.warn("Sign-in to '{}' locked for client {} until {} after {} failed attempts; other clients may still"
                + " sign in", account, address, client.lockedUntil(), client.count());
        events.publishEvent(new SignInLocked(account, address, client.count(), client.lockedUntil()));
    }

    private void check(String key, Instant now) {
        Failures current = failures.get(key);
        if (current == null) {
            return;
        }
        if (current.locked(now)) {
            throw new LoginThrottledException(Duration.between(now, current.lockedUntil()), true);
        }
        Instant allowedAt = current.last().plus(delay(current.count()));
        if (now.isBefore(allowedAt)) {
            throw new LoginThrottledException(Duration.between(now, allowedAt), false);
        }
    }

    private Failures record(String key, int lockAfter, Instant now) {
        return failures.compute(key, (k, previous) -> {
            boolean expired = previous == null || previous.last().isBefore(now.minus(properties.window()))
                    || (previous.lockedUntil() != null && !previous.locked(now));
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

    private static String clientKey(String email, String address) {
        return "client:" + normalised(email) + "|" + addressOf(address);
    }

    private static String addressKey(String address) {
        return "address:" + addressOf(address);
    }

    private static String normalised(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private static String addressOf(String address) {
        return address == null ? "unknown" : address;
    }
}
