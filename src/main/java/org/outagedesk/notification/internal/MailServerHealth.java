package org.outagedesk.notification.internal;

import jakarta.mail.MessagingException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Whether the mail server answers, in the health group {@code mail} ({@code /actuator/health/mail})
 * and not in the portal's own health: the portal exists for the hours the mail server is down, so a
 * load balancer checking {@code /actuator/health} must keep every node in while mail waits in the
 * outbox. Its status {@link #UNREACHABLE} is one the root health does not count (it is not in the
 * root's status order) and the {@code mail} group answers with 503.
 */
@Component("mailServer")
class MailServerHealth extends AbstractHealthIndicator {

    static final Status UNREACHABLE = new Status("MAIL_UNREACHABLE",
            "The mail server does not answer; the portal keeps serving and queues mail until it does");

    private final ObjectProvider<JavaMailSenderImpl> senders;

    MailServerHealth(ObjectProvider<JavaMailSenderImpl> senders) {
        super("Mail server health check failed");
        this.senders = senders;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        JavaMailSenderImpl sender = senders.getIfAvailable();
        if (sender == null) {
            builder.unknown().withDetail("location", "no mail server configured (spring.mail.host)");
            return;
        }
        builder.withDetail("location", sender.getHost() + ":" + sender.getPort());
        try {
            sender.testConnection();
            builder.up();
        } catch (MessagingException | RuntimeException e) {
            builder.status(UNREACHABLE).withDetail("error", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
