package org.outagedesk.security;

import org.springframework.security.authentication.AuthenticationServiceException;

/** The company directory did not answer; local accounts (the break-glass admin) still sign in. */
public class DirectoryUnavailableException extends AuthenticationServiceException {

    public DirectoryUnavailableException(Throwable cause) {
        super("The company directory is not answering", cause);
    }
}
