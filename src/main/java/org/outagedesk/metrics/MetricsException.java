package org.outagedesk.metrics;

import org.outagedesk.base.UserFacingException;

/** A metrics request the person can correct (e.g. a period that ends before it starts). */
public class MetricsException extends UserFacingException {

    public MetricsException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
