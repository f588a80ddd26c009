package org.outagedesk.probe.internal;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.SubjectTerm;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import org.outagedesk.probe.ProbeError;
import org.outagedesk.probe.TlsMode;

/**
 * Sends a uniquely tagged message through SMTP and waits for it over IMAP, polling the inbox;
 * reports the delivery delay (or that it never came) and deletes the message afterwards.
 */
final class RoundTripProber {

    private static final Duration POLL = Duration.ofMillis(250);

    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration deliveryTimeout;

    RoundTripProber(Duration connectTimeout, Duration readTimeout, Duration deliveryTimeout) {
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.deliveryTimeout = deliveryTimeout;
    }

    ProbeOutcome roundTrip(ProbeTarget smtp, ProbeTarget imap, String address) {
        MailProber.StepTimer steps = new MailProber.StepTimer();
        String tag = "OutageDesk round trip " + UUID.randomUUID();
        try {
            long[] sentAt = {0};
            steps.run("send", () -> {
                send(smtp, address, tag);
                sentAt[0] = System.nanoTime();
                return address;
            });
            steps.run("receive", () -> receive(imap, tag, sentAt[0]));
            return steps.succeeded(null);
        } catch (Exception e) {
            return steps.failed(ProbeFailure.of(e), null);
        }
    }

    private void send(ProbeTarget smtp, String address, String tag) throws ProbeFailure {
        Session session = Session.getInstance(properties("smtp", smtp));
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(address));
            message.setRecipients(Message.RecipientType.TO, address);
            message.setSubject(tag);
            message.setHeader("X-OutageDesk-Probe", tag);
            message.setText("Round-trip test by OutageDesk. It is deleted as soon as it arrives.", "UTF-8");
            if (smtp.login()) {
                Transport.send(message, smtp.username(), smtp.password());
            } else {
                Transport.send(message);
            }
        } catch (MessagingException e) {
            throw ProbeFailure.of(e);
        }
    }

    private String receive(ProbeTarget imap, String tag, long sentAt) throws ProbeFailure {
        Session session = Session.getInstance(properties("imap", imap));
        long deadline = sentAt + deliveryTimeout.toNanos();
        try (Store store = session.getStore("imap")) {
            store.connect(imap.host(), imap.port(), imap.username(), imap.password() == null ? "" : imap.password());
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            try {
                while (System.nanoTime() < deadline) {
                    Message[] found = inbox.search(new SubjectTerm(tag));
                    if (found.length > 0) {
                        long delay = MailProber.StepTimer.millisSince(sentAt);
                        inbox.setFlags(found, new Flags(Flags.Flag.DELETED), true);
                        return "delivered after " + delay + " ms";
                    }
                    Thread.sleep(POLL);
                }
            } finally {
                inbox.close(true);
            }
        } catch (MessagingException e) {
            throw ProbeFailure.of(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new ProbeFailure(ProbeError.NOT_DELIVERED, "> " + deliveryTimeout.toSeconds() + " s");
    }

    private Properties properties(String protocol, ProbeTarget target) {
        Properties properties = new Properties();
        String prefix = "mail." + protocol + ".";
        properties.put(prefix + "host", target.host());
        properties.put(prefix + "port", String.valueOf(target.port()));
        properties.put(prefix + "connectiontimeout", String.valueOf(connectTimeout.toMillis()));
        properties.put(prefix + "timeout", String.valueOf(readTimeout.toMillis()));
        properties.put(prefix + "writetimeout", String.valueOf(readTimeout.toMillis()));
        properties.put(prefix + "auth", String.valueOf(target.login()));
        if (target.tls() == TlsMode.IMPLICIT) {
            properties.put(prefix + "ssl.enable", "true");
            properties.put(prefix + "ssl.socketFactory", new RecordingTrust().socketFactory());
        } else if (target.tls() == TlsMode.STARTTLS) {
            properties.put(prefix + "starttls.enable", "true");
            properties.put(prefix + "starttls.required", "true");
            properties.put(prefix + "ssl.socketFactory", new RecordingTrust().socketFactory());
        }
        return properties;
    }
}
