package org.outagedesk.notification.internal;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who hears about incidents and how hard the dispatcher tries, under {@code outagedesk.notifications.*}.
 *
 * @param itTeam addresses of the IT team list; empty: every enabled IT_STAFF account
 * @param management addresses of the management list; empty: every enabled MANAGER account
 * @param retryBase wait after the first failed attempt; it doubles with every further failure
 * @param retryMax longest wait between attempts
 * @param maxAttempts attempts before a message is marked FAILED (staff can retry it)
 * @param batchSize messages claimed per dispatcher run
 * @param claimTimeout how long a claimed message stays reserved for one dispatcher (a crash frees it after this)
 */
@ConfigurationProperties("outagedesk.notifications")
record CommunicationProperties(
        @DefaultValue List<String> itTeam,
        @DefaultValue List<String> management,
        @DefaultValue("5s") Duration retryBase,
        @DefaultValue("15m") Duration retryMax,
        @DefaultValue("30") int maxAttempts,
        @DefaultValue("20") int batchSize,
        @DefaultValue("2m") Duration claimTimeout) {

    /** Exponential back-off: retryBase · 2^(attempts-1), at most retryMax. */
    Duration backoff(int attempts) {
        long factor = 1L << Math.min(Math.max(attempts - 1, 0), 20);
        Duration wait = retryBase.multipliedBy(factor);
        return wait.compareTo(retryMax) > 0 ? retryMax : wait;
    }
}
