package org.outagedesk.notification;

/** Where an outbox message stands: waiting, delivered, given up, or waiting after a failed attempt. */
public enum DeliveryStatus {
    PENDING,
    SENT,
    FAILED,
    RETRYING
}
