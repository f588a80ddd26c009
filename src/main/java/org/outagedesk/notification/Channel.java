package org.outagedesk.notification;

/** How a message reaches its recipient. */
public enum Channel {
    EMAIL,
    IN_PORTAL,
    WEBHOOK
}
