package org.outagedesk.probe;

/** Why a probe failed, as precisely as the conversation tells. */
public enum ProbeError {
    UNKNOWN_HOST,
    REFUSED,
    TIMEOUT,
    BAD_GREETING,
    TLS_FAILURE,
    CERTIFICATE_EXPIRED,
    AUTH_FAILED,
    CREDENTIALS_MISSING,
    PROTOCOL_ERROR,
    NOT_DELIVERED
}
