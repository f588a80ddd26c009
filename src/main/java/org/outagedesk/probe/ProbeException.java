package org.outagedesk.probe;

import org.outagedesk.base.UserFacingException;

/** A refusal an admin or IT staff member can act on (bad input, unknown endpoint). */
public class ProbeException extends UserFacingException {

    public ProbeException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
