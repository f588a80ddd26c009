package org.outagedesk.notification.internal;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.outagedesk.notification.DemoMailServerControl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.beans.factory.DisposableBean;

/**
 * The in-process mail server of the embedded default (GreenMail): real SMTP and IMAP on
 * localhost, accepting any login, so a newcomer can read the portal's mails with any
 * IMAP client. Port 0 picks a free port (tests). It starts with its bean, before anything
 * that sends mail.
 */
public class DemoMailServer implements DemoMailServerControl, DisposableBean {

    /**
     * Settings under {@code outagedesk.demo.mail-server.*}.
     *
     * @param enabled run the demo mail server and send the portal's mail through it
     * @param smtpPort SMTP port (0: any free port)
     * @param imapPort IMAP port (0: any free port)
     */
    @ConfigurationProperties("outagedesk.demo.mail-server")
    public record Properties(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("3025") int smtpPort,
            @DefaultValue("3143") int imapPort) {}

    private static final Logger log = LoggerFactory.getLogger(DemoMailServer.class);
    private static final String HOST = "127.0.0.1";

    private volatile GreenMail greenMail;
    private int smtpPort;
    private int imapPort;

    DemoMailServer(Properties properties) {
        greenMail = started(properties.smtpPort(), properties.imapPort());
        smtpPort = greenMail.getSmtp().getPort();
        imapPort = greenMail.getImap().getPort();
        log.info("Demo mail server: SMTP on {}:{}, IMAP on {}:{} (any user name and password)", HOST, smtpPort(),
                HOST, imapPort());
    }

    private static GreenMail started(int smtpPort, int imapPort) {
        GreenMail server = new GreenMail(new ServerSetup[] {
            setup(smtpPort, ServerSetup.PROTOCOL_SMTP),
            setup(imapPort, ServerSetup.PROTOCOL_IMAP)
        });
        server.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
        return server;
    }

    private static ServerSetup setup(int port, String protocol) {
        ServerSetup setup = new ServerSetup(port, HOST, protocol);
        return port == 0 ? setup.dynamicPort() : setup;
    }

    @Override
    public synchronized void destroy() {
        stop();
    }

    @Override
    public synchronized boolean running() {
        return greenMail != null;
    }

    @Override
    public synchronized void stop() {
        if (greenMail != null) {
            smtpPort = greenMail.getSmtp().getPort();
            imapPort = greenMail.getImap().getPort();
            greenMail.stop();
            greenMail = null;
            log.warn("Demo mail server stopped (simulated outage)");
        }
    }

    @Override
    public synchronized void start() {
        if (greenMail == null) {
            greenMail = started(smtpPort, imapPort);
            log.info("Demo mail server started again on SMTP {} and IMAP {}", smtpPort, imapPort);
        }
    }

    /** The port it listens on now (tests may restart {@link #greenMail()} directly, on new free ports). */
    @Override
    public synchronized int smtpPort() {
        return greenMail != null ? greenMail.getSmtp().getPort() : smtpPort;
    }

    @Override
    public synchronized int imapPort() {
        return greenMail != null ? greenMail.getImap().getPort() : imapPort;
    }

    @Override
    public String host() {
        return HOST;
    }

    /** The underlying server, for tests that inspect delivered mail ({@code null} while stopped). */
    public GreenMail greenMail() {
        return greenMail;
    }
}
