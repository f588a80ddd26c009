package org.outagedesk.probe.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.mailerror.ErrorSignature;
import org.outagedesk.mailerror.MailErrors;
import org.outagedesk.probe.ProbeError;

/** A probe failure reads as the catalogue reads a report: the server's words first, else the kind of failure. */
class ProbeFailureReadingTest {

    private final MailErrors errors = MailErrors.fromCatalogue(new BundleI18NProvider());

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            "REFUSED;             java.net.ConnectException: Connection refused; connection.refused",
            "REFUSED;             -;                                             connection.refused",
            "TIMEOUT;             > 60 s;                                        connection.timed-out",
            "UNKNOWN_HOST;        mx9.demo.invalid;                              dns.host-not-found",
            "CERTIFICATE_EXPIRED; CN=mx1 notAfter=2026-01-01T00:00:00Z;          tls.certificate-expired",
            "TLS_FAILURE;         Received fatal alert: protocol_version;        tls.handshake-failed",
            "AUTH_FAILED;         alice → 535 5.7.8 Authentication credentials invalid; status.5.7.8",
            "BAD_GREETING;        421 4.3.2 Service shutting down;               status.4.3.2",
            "CREDENTIALS_MISSING; probe account has no password;                 -"})
    void theServersWordsFirstElseTheKindOfFailure(ProbeError kind, String evidence, String entryKey) {
        ErrorSignature signature = ProbeFailureReading.of(kind, evidence, errors);
        assertThat(signature.entryKey()).isEqualTo(entryKey);
        if (entryKey != null) {
            assertThat(signature.category()).isNotNull();
            assertThat(errors.explain(signature, BundleI18NProvider.SPANISH).probableCause()).isNotBlank();
        }
    }
}
