package org.outagedesk.notification.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import java.util.UUID;
import org.outagedesk.notification.Channel;
import org.outagedesk.account.AccountMailRequested;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Composes the account mails (verification, password reset, set password, already registered)
 * in the recipient's language, as HTML and plain text, and queues them in the outbox within the
 * account change's transaction: the dispatcher sends them after commit and retries while the
 * mail server is down. A failing mail server never fails the person's action.
 */
@Component
@EnableConfigurationProperties({NotificationProperties.class, CommunicationProperties.class})
class AccountMailSender {

    private static final Logger log = LoggerFactory.getLogger(AccountMailSender.class);

    private final Outbox outbox;
    private final OutboxDispatcher dispatcher;
    private final BundleI18NProvider i18n;
    private final NotificationProperties properties;

    AccountMailSender(Outbox outbox, OutboxDispatcher dispatcher, BundleI18NProvider i18n,
            NotificationProperties properties) {
        this.outbox = outbox;
        this.dispatcher = dispatcher;
        this.i18n = i18n;
        this.properties = properties;
    }

    /** Queues the mail in the account change's transaction; the dispatcher sends it after commit, retrying. */
    @EventListener
    void on(AccountMailRequested request) {
        Rendered mail = render(request);
        outbox.queue(new OutboxMessage("account:" + request.kind().name().toLowerCase(Locale.ROOT) + ":"
                + UUID.randomUUID(), null, null, null, request.email(), Channel.EMAIL, mail.language(),
                mail.subject(), mail.text(), mail.html()));
        dispatcher.wakeAfterCommit();
        log.info("Queued {} mail to {}", request.kind(), request.email());
    }

    /** A composed account mail. */
    record Rendered(String language, String subject, String text, String html) {}

    MimeMessage compose(MimeMessage message, AccountMailRequested request) throws MessagingException {
        Rendered mail = render(request);
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(request.email());
        helper.setSubject(mail.subject());
        helper.setText(mail.text(), mail.html());
        return message;
    }

    Rendered render(AccountMailRequested request) {
        Locale language = properties.languageOf(request.language());
        String prefix = "mail." + request.kind().name().toLowerCase(Locale.ROOT).replace('_', '-') + ".";
        long hours = request.validFor().toHours();
        String validity = hours >= 1 ? i18n.getTranslation("mail.valid-hours", language, hours)
                : i18n.getTranslation("mail.valid-minutes", language, request.validFor().toMinutes());

        String subject = i18n.getTranslation(prefix + "subject", language);
        String greeting = i18n.getTranslation("mail.greeting", language, request.displayName());
        String body = i18n.getTranslation(prefix + "body", language);
        String action = i18n.getTranslation(prefix + "action", language);
        String ignore = i18n.getTranslation(prefix + "ignore", language);
        String footer = i18n.getTranslation("mail.footer", language);
        boolean expires = !request.validFor().isZero();

        String text = greeting + "\n\n" + body + "\n\n" + action + ":\n" + request.link() + "\n\n"
                + (expires ? validity + "\n\n" : "") + ignore + "\n\n-- \n" + footer + "\n";
        String html = """
                <!doctype html><html lang="%s"><body style="font-family:Segoe UI,Roboto,Arial,sans-serif;\
                color:#1b2733;background:#f4f6f9;padding:24px">\
                <div style="max-width:560px;margin:auto;background:#fff;border-radius:8px;padding:28px">\
                <p style="font-weight:600;color:#1f3a5f">OutageDesk</p><p>%s</p><p>%s</p>\
                <p><a href="%s" style="display:inline-block;background:#1f5fbf;color:#fff;padding:10px 18px;\
                border-radius:6px;text-decoration:none">%s</a></p>\
                <p style="font-size:13px;color:#56626f">%s</p><p style="font-size:13px;color:#56626f">%s</p>\
                <hr style="border:none;border-top:1px solid #e3e7ec"><p style="font-size:12px;color:#8a96a3">%s</p>\
                </div></body></html>""".formatted(language.getLanguage(), HtmlUtils.htmlEscape(greeting),
                HtmlUtils.htmlEscape(body), HtmlUtils.htmlEscape(request.link()), HtmlUtils.htmlEscape(action),
                expires ? HtmlUtils.htmlEscape(validity) : "", HtmlUtils.htmlEscape(ignore),
                HtmlUtils.htmlEscape(footer));
        return new Rendered(language.getLanguage(), subject, text, html);
    }
}
