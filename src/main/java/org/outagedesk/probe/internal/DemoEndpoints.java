package org.outagedesk.probe.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import org.outagedesk.incident.MailService;
import org.outagedesk.notification.DemoMailServerControl;
import org.outagedesk.probe.EndpointDraft;
import org.outagedesk.probe.MailProtocol;
import org.outagedesk.probe.ProbeProperties;
import org.outagedesk.probe.TlsMode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In the embedded default, the demo mail server is probed: an IMAP endpoint and an SMTP endpoint
 * whose round trip sends to {@value #MAILBOX} and reads it back over IMAP. Created at the first
 * start, pointed at the demo server's current ports at every start.
 */
@Component
class DemoEndpoints {

    static final String SMTP_NAME = "Demo SMTP";
    static final String IMAP_NAME = "Demo IMAP";
    static final String MAILBOX = "probe@demo.local";

    private final ObjectProvider<DemoMailServerControl> demoServer;
    private final EndpointRepository endpoints;
    private final SecretBox secrets;
    private final ProbeProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoEndpoints(ObjectProvider<DemoMailServerControl> demoServer, EndpointRepository endpoints, SecretBox secrets,
            ProbeProperties properties, TransactionTemplate transactions, Clock clock) {
        this.demoServer = demoServer;
        this.endpoints = endpoints;
        this.secrets = secrets;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void ensure() {
        DemoMailServerControl server = demoServer.getIfAvailable();
        if (server == null || !properties.demoEndpoints()) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            Endpoint imap = upsert(IMAP_NAME, MailProtocol.IMAP, server.host(), server.imapPort(), null);
            upsert(SMTP_NAME, MailProtocol.SMTP, server.host(), server.smtpPort(), imap.id());
        });
    }

    private Endpoint upsert(String name, MailProtocol protocol, String host, int port, Long via) {
        Optional<Endpoint> existing = endpoints.findByName(name).filter(Endpoint::demo);
        if (existing.isPresent()) {
            existing.get().moveTo(host, port);
            return existing.get();
        }
        int interval = (int) Math.max(1, properties.demoInterval().toSeconds());
        EndpointDraft draft = new EndpointDraft(name, protocol, host, port, TlsMode.NONE,
                protocol == MailProtocol.IMAP ? MAILBOX : null, protocol == MailProtocol.IMAP ? "demo" : null, false,
                null, interval, true, via, via == null ? null : MAILBOX,
                protocol == MailProtocol.IMAP ? EnumSet.of(MailService.IMAP_POP)
                        : EnumSet.of(MailService.OUTBOUND_SMTP, MailService.INBOUND));
        return endpoints.save(new Endpoint(draft, secrets, true, clock.instant()));
    }
}
