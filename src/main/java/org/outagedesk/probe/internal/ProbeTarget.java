package org.outagedesk.probe.internal;

import org.outagedesk.probe.MailProtocol;
import org.outagedesk.probe.TlsMode;

/** Where and how to probe, with the password already resolved (never stored in this form). */
record ProbeTarget(MailProtocol protocol, String host, int port, TlsMode tls, String username, String password) {

    boolean login() {
        return username != null && !username.isBlank();
    }

    @Override
    public String toString() {
        return protocol + " " + host + ":" + port + " (" + tls + ")";
    }
}
