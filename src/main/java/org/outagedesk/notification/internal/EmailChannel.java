package org.outagedesk.notification.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Sends an outbox row as multipart (text and HTML) mail with a Message-ID derived from its dedupe key. */
@Component
class EmailChannel {

    /** Marks a mail sent again after an attempt that died mid-send: the receiver may hold it already. */
    static final String RESENT_HEADER = "X-OutageDesk-Resent";

    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationProperties properties;

    EmailChannel(ObjectProvider<JavaMailSender> mailSender, NotificationProperties properties) {
        this.mailSender = mailSender;
        this.properties = properties;
    }

    void send(Outbox.Claimed row) throws DeliveryException {
        JavaMailSender sender = mailSender.getIfAvailable();
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
            sender.send(message);
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
