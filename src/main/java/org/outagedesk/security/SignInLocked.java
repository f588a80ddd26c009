package org.outagedesk.security;

import java.time.Instant;

/**
 * Failed sign-ins locked an account for one client address (the account stays usable from
 * others). Published at most once per account per lock period, so admins can be told.
 *
 * @param email the address typed at sign-in (it may have no account)
 * @param clientAddress the client that failed
 * @param failures the failures of that client for that account
 * @param lockedUntil when the client may try again
 */
public record SignInLocked(String email, String clientAddress, int failures, Instant lockedUntil) {}
