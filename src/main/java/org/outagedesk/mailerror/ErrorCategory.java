package org.outagedesk.mailerror;

/** What kind of failure an error is; each has its words in the {@code mailerror} bundles. */
public enum ErrorCategory {
    RECIPIENT_UNKNOWN,
    INVALID_ADDRESS,
    SENDER_REJECTED,
    MAILBOX_UNAVAILABLE,
    QUOTA,
    MESSAGE_SIZE,
    AUTHENTICATION,
    RELAY,
    POLICY,
    RATE_LIMIT,
    TLS_CERTIFICATE,
    DNS,
    CONNECTION,
    TEMPORARY_SERVER_FAILURE,
    SERVER_FAILURE,
    CLIENT_CONFIGURATION,
    MESSAGE_FORMAT,
    ROUTING,
    DELIVERY_DELAYED,
    OTHER
}
