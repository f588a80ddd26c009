package org.outagedesk.probe;

/** The mail protocol an endpoint speaks, with its usual ports (plain or STARTTLS, implicit TLS). */
public enum MailProtocol {
    SMTP(25, 465),
    SUBMISSION(587, 465),
    IMAP(143, 993),
    POP3(110, 995);

    private final int plainPort;
    private final int implicitTlsPort;

    MailProtocol(int plainPort, int implicitTlsPort) {
        this.plainPort = plainPort;
        this.implicitTlsPort = implicitTlsPort;
    }

    /** The usual port for this protocol with the given TLS mode. */
    public int defaultPort(TlsMode tls) {
        return tls == TlsMode.IMPLICIT ? implicitTlsPort : plainPort;
    }

    /** Whether the endpoint accepts mail (and so can start a round trip). */
    public boolean sends() {
        return this == SMTP || this == SUBMISSION;
    }
}
