package org.outagedesk.incident;

import org.outagedesk.base.UserFacingException;

/** A refusal staff can act on (see {@link UserFacingException}). */
public class IncidentException extends UserFacingException {

    public IncidentException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
