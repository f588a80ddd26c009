package org.outagedesk.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for this account or address: wait before trying again. */
public class LoginThrottledException extends AuthenticationException {

    private final Duration retryAfter;
    private final boolean locked;

    public LoginThrottledException(Duration retryAfter, boolean locked) {
        super("Too many failed sign-in attempts");
        this.retryAfter = retryAfter;
        this.locked = locked;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Locked for a while, rather than only slowed down. */
    public boolean locked() {
        return locked;
    }
}
