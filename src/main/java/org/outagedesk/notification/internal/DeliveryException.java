package org.outagedesk.notification.internal;

/** A failed delivery attempt; {@code permanent} ones are not retried (e.g. a webhook answering 404). */
class DeliveryException extends Exception {

    private final boolean permanent;

    DeliveryException(String reason, boolean permanent) {
        super(reason);
        this.permanent = permanent;
    }

    boolean permanent() {
        return permanent;
    }
}
