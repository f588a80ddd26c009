package org.outagedesk.probe;

/** A check of one endpoint, or a round trip (send over SMTP, read back over IMAP). */
public enum ProbeKind {
    CHECK,
    ROUND_TRIP
}
