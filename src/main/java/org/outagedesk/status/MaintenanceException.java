package org.outagedesk.status;

import org.outagedesk.base.UserFacingException;

/** A maintenance window refused: bad times, overlap, or changed by someone else meanwhile. */
public class MaintenanceException extends UserFacingException {

    public MaintenanceException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
