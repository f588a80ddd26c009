package org.outagedesk.runbook;

import org.outagedesk.base.UserFacingException;

/** A refusal staff can act on (see {@link UserFacingException}). */
public class RunbookException extends UserFacingException {

    public RunbookException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
