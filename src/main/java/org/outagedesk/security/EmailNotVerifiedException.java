package org.outagedesk.security;

import org.springframework.security.authentication.AccountStatusException;

/** The password was right, but the address has not been confirmed yet. */
public class EmailNotVerifiedException extends AccountStatusException {

    public EmailNotVerifiedException() {
        super("E-mail address not verified");
    }
}
