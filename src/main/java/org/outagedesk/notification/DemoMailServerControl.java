package org.outagedesk.notification;

/**
 * The embedded demo mail server, as other modules may see it: where it listens, and an
 * admin's switch to stop and start it (the probes' "simulate outage"). Present only when the
 * demo mail server runs ({@code outagedesk.demo.mail-server.enabled=true}).
 */
public interface DemoMailServerControl {

    String host();

    int smtpPort();

    int imapPort();

    boolean running();

    /** Stops SMTP and IMAP; mail held so far is dropped. */
    void stop();

    /** Starts SMTP and IMAP again on the same ports. */
    void start();
}
