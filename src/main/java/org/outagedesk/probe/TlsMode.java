package org.outagedesk.probe;

/** No TLS, STARTTLS after the greeting, or TLS from the first byte (SMTPS, IMAPS, POP3S). */
public enum TlsMode {
    NONE,
    STARTTLS,
    IMPLICIT
}
