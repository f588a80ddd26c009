package org.outagedesk.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login throttling under {@code outagedesk.security.login.*}.
 *
 * @param slowDownAfter failures after which each further attempt must wait, doubling each time
 * @param maxDelay the longest wait while slowed down
 * @param lockAfter failures of one account from one client address after which that client is
 *        locked out of that account (others can still sign in to it)
 * @param lockFor how long a lock lasts
 * @param addressLockAfter failures from one client address, over all accounts, after which that
 *        client is locked out of every account
 * @param window how long a failure counts
 */
@ConfigurationProperties("outagedesk.security.login")
public record LoginThrottleProperties(
        @DefaultValue("3") int slowDownAfter,
        @DefaultValue("30s") Duration maxDelay,
        @DefaultValue("8") int lockAfter,
        @DefaultValue("15m") Duration lockFor,
        @DefaultValue("40") int addressLockAfter,
        @DefaultValue("15m") Duration window) {}
