package org.outagedesk.security;

import org.springframework.security.core.AuthenticationException;

/** The directory signed the person in, but their entry cannot make an account here (e.g. no e-mail). */
public class DirectorySignInRefused extends AuthenticationException {

    private final String messageKey;

    public DirectorySignInRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    /** Why, as a message key for the person's language. */
    public String messageKey() {
        return messageKey;
    }
}
