package org.outagedesk.probe.internal;

import java.util.Map;
import org.outagedesk.mailerror.ErrorSignature;
import org.outagedesk.mailerror.MailErrors;
import org.outagedesk.probe.ProbeError;

/**
 * A probe failure read as a mail administrator reads a report's error: the server's own words when
 * they say something the catalogue knows ("535 5.7.8"), else the catalogue entry for the kind of
 * failure the probe saw (a refused connection, an expired certificate).
 */
final class ProbeFailureReading {

    private static final Map<ProbeError, String> ENTRY_BY_KIND = Map.of(
            ProbeError.UNKNOWN_HOST, "dns.host-not-found",
            ProbeError.REFUSED, "connection.refused",
            ProbeError.TIMEOUT, "connection.timed-out",
            ProbeError.BAD_GREETING, "connection.not-responding",
            ProbeError.TLS_FAILURE, "tls.handshake-failed",
            ProbeError.CERTIFICATE_EXPIRED, "tls.certificate-expired",
            ProbeError.AUTH_FAILED, "smtp.535");

    private ProbeFailureReading() {}

    static ErrorSignature of(ProbeError kind, String evidence, MailErrors errors) {
        ErrorSignature said = errors.signature(evidence);
        if (said.recognised() || kind == null) {
            return said;
        }
        return errors.entry(ENTRY_BY_KIND.get(kind));
    }
}
