package org.outagedesk.account.internal;

import org.outagedesk.account.AccountException;

/** The rules a new password must meet; the message keys tell the user which one failed. */
final class PasswordPolicy {

    static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}

    static void check(String password, String email, int minLength) {
        if (password == null || password.length() < minLength) {
            throw new AccountException("account.password.too-short", minLength);
        }
        if (password.length() > MAX_LENGTH) {
            throw new AccountException("account.password.too-long", MAX_LENGTH);
        }
        if (password.isBlank() || password.equalsIgnoreCase(email)) {
            throw new AccountException("account.password.too-weak");
        }
    }
}
