package org.outagedesk.account;

import org.outagedesk.base.UserFacingException;

/** A refusal the user can act on (see {@link UserFacingException}). */
public class AccountException extends UserFacingException {

    public AccountException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
