package org.outagedesk.account;

import java.time.Duration;

/**
 * An account needs an e-mail with a single-use link: to confirm the address, to reset a
 * forgotten password, to set the first password, or to warn that someone tried to register
 * an address that already has an account. Published inside the transaction; the mail goes
 * out after commit.
 */
public record AccountMailRequested(
        Kind kind, String email, String displayName, String language, String link, Duration validFor) {

    public enum Kind {
        VERIFY_EMAIL,
        RESET_PASSWORD,
        SET_PASSWORD,
        ALREADY_REGISTERED
    }
}
