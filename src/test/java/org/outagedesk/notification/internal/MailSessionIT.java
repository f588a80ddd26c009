package org.outagedesk.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.outagedesk.notification.Channel;
import org.outagedesk.testsupport.LiveApplicationTest;
import org.outagedesk.testsupport.TcpProxy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A dispatch run sends its e-mails through one SMTP session (renewed every
 * {@value EmailChannel#MESSAGES_PER_SESSION} messages), counted at a relay in front of the real
 * demo mail server; a session that breaks is replaced for the next message.
 */
class MailSessionIT extends LiveApplicationTest {

    @Autowired NotificationProperties properties;

    @Test
    void aRunOfMessagesSharesOneSmtpSessionPerTwentyMessages() throws Exception {
        try (TcpProxy relay = new TcpProxy(mailServer.host(), mailServer.smtpPort())) {
            EmailChannel channel = channelThrough(relay);
            List<String> recipients = IntStream.range(0, 45).mapToObj(i -> newAddress("session" + i)).toList();
            try (EmailChannel.Connection connection = channel.connection()) {
                for (String recipient : recipients) {
                    channel.send(row(recipient), connection);
                }
            }
            assertThat(relay.accepted()).isEqualTo(3);
            assertThat(receivedBy(recipients)).hasSize(45);
        }
    }

    @Test
    void aBrokenSessionFailsOnlyTheMessageInFlightAndTheNextOneReconnects() throws Exception {
        try (TcpProxy relay = new TcpProxy(mailServer.host(), mailServer.smtpPort())) {
            EmailChannel channel = channelThrough(relay);
            String before = newAddress("before-cut");
            String during = newAddress("during-cut");
            String after = newAddress("after-cut");
            try (EmailChannel.Connection connection = channel.connection()) {
                channel.send(row(before), connection);
                relay.cut();
                assertThatThrownBy(() -> channel.send(row(during), connection))
                        .isInstanceOf(DeliveryException.class);
                relay.restore();
                channel.send(row(after), connection);
            }
            assertThat(relay.accepted()).isEqualTo(2);
            assertThat(receivedBy(List.of(before, during, after))).containsOnlyKeys(before, after);
        }
    }

    private EmailChannel channelThrough(TcpProxy relay) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(mailServer.host());
        sender.setPort(relay.port());
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("relayedMail", sender));
        return new EmailChannel(beans.getBeanProvider(JavaMailSender.class), properties);
    }

    private static Outbox.Claimed row(String recipient) {
        return new Outbox.Claimed(0, 0, null, "session-test-" + recipient, recipient, Channel.EMAIL,
                "Session test", "Plain text", "<p>HTML</p>", 0, false);
    }

    private Map<String, Long> receivedBy(List<String> recipients) {
        return Arrays.stream(mailServer.greenMail().getReceivedMessages()).map(MailSessionIT::recipient)
                .filter(recipients::contains)
                .collect(java.util.stream.Collectors.groupingBy(r -> r, java.util.stream.Collectors.counting()));
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
