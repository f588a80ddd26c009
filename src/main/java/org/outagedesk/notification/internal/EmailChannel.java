package org.outagedesk.notification.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends outbox rows as multipart (text and HTML) mail with a Message-ID derived from each row's
 * dedupe key. A dispatch run sends its rows through one {@link Connection}: one SMTP session for
 * up to {@value #MESSAGES_PER_SESSION} messages instead of a connect, TLS handshake and login each.
 */
@Component
class EmailChannel {

    /** Marks a mail sent again after an attempt that died mid-send: the receiver may hold it already. */
    static final String RESENT_HEADER = "X-OutageDesk-Resent";
    /** Messages sent in one SMTP session before it is renewed; Exchange refuses more than 20 by default. */
    static final int MESSAGES_PER_SESSION = 20;

    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationProperties properties;

    EmailChannel(ObjectProvider<JavaMailSender> mailSender, NotificationProperties properties) {
        this.mailSender = mailSender;
        this.properties = properties;
    }

    /** A connection for a run of messages; it connects at the first one. Close it after the run. */
    Connection connection() {
        return new Connection(mailSender.getIfAvailable());
    }

    void send(Outbox.Claimed row, Connection connection) throws DeliveryException {
        JavaMailSender sender = connection.sender;
        if (sender == null) {
            throw new DeliveryException("No mail server configured (spring.mail.host)", false);
        }
        try {
            MimeMessage message = new StableIdMessage(session(sender), messageId(row.dedupeKey()));
            MimeMessageHelper helper = new MimeMessageHelper(message, row.html() != null, "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(row.recipient());
            helper.setSubject(row.subject());
            if (row.html() != null) {
                helper.setText(row.text(), row.html());
            } else {
                helper.setText(row.text());
            }
            if (row.interrupted()) {
                message.setHeader(RESENT_HEADER, "interrupted-attempt");
            }
            connection.send(message);
        } catch (MailException | MessagingException e) {
            throw new DeliveryException(e.getClass().getSimpleName() + ": " + e.getMessage(), false);
        }
    }

    /** The same row always gets the same Message-ID, so a resend after an ambiguous failure is recognisable. */
    static String messageId(String dedupeKey) {
        return "<" + dedupeKey.replaceAll("[^A-Za-z0-9.-]", ".") + "@outagedesk>";
    }

    private static Session session(JavaMailSender sender) {
        return sender instanceof JavaMailSenderImpl impl ? impl.getSession() : Session.getInstance(new Properties());
    }

    /**
     * One SMTP session shared by the messages of a dispatch run. A failed send closes it, so the
     * next message starts a fresh session; a sender other than Spring's sends each message alone.
     */
    static final class Connection implements AutoCloseable {

        private final JavaMailSender sender;
        private Transport transport;
        private int sentInSession;

        Connection(JavaMailSender sender) {
            this.sender = sender;
        }

        void send(MimeMessage message) throws MessagingException {
            if (!(sender instanceof JavaMailSenderImpl impl)) {
                sender.send(message);
                return;
            }
            if (transport == null || sentInSession >= MESSAGES_PER_SESSION) {
                close();
                transport = connect(impl);
            }
            try {
                message.saveChanges();
                transport.sendMessage(message, message.getAllRecipients());
                sentInSession++;
            } catch (MessagingException | RuntimeException e) {
                close();
                throw e;
            }
        }

        private static Transport connect(JavaMailSenderImpl impl) throws MessagingException {
            Transport transport = impl.getSession().getTransport(impl.getProtocol() == null ? "smtp"
                    : impl.getProtocol());
            String user = impl.getUsername() == null || impl.getUsername().isEmpty() ? null : impl.getUsername();
            String password = impl.getPassword() == null || impl.getPassword().isEmpty() ? null : impl.getPassword();
            transport.connect(impl.getHost(), impl.getPort(), user, password);
            return transport;
        }

        @Override
        public void close() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException e) {
                    // The server hung up first: nothing is left to close.
                }
                transport = null;
                sentInSession = 0;
            }
        }
    }

    /** A MIME message that keeps the Message-ID it was given instead of generating one when saved. */
    static final class StableIdMessage extends MimeMessage {

        private final String id;

        StableIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
