package org.outagedesk.incident;

/** The seven phases of the customer's SOP, in order; the board's columns. */
public enum Phase {
    ASSESSMENT,
    COMMUNICATION,
    TROUBLESHOOTING,
    FIX,
    VERIFICATION,
    USER_NOTIFICATION,
    REVIEW
}
