package org.outagedesk.notification.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.notification.Channel;
import org.outagedesk.notification.PersonalNotice;
import org.outagedesk.notification.PersonalNotices;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** Renders a personal notice in the recipient's language and queues it per channel they want. */
@Component
class PersonalNoticeSender implements PersonalNotices {

    private final Recipients recipients;
    private final Outbox outbox;
    private final UpdateNotifier notifier;
    private final BundleI18NProvider i18n;

    PersonalNoticeSender(Recipients recipients, Outbox outbox, UpdateNotifier notifier, BundleI18NProvider i18n) {
        this.recipients = recipients;
        this.outbox = outbox;
        this.notifier = notifier;
        this.i18n = i18n;
    }

    @Override
    public void send(PersonalNotice notice) {
        recipients.account(notice.accountId()).ifPresent(to -> {
            Locale language = to.language();
            Object[] arguments = notice.arguments().toArray();
            String subject = i18n.getTranslation(notice.subjectKey(), language, arguments);
            String text = i18n.getTranslation(notice.textKey(), language, arguments);
            String withLink = notice.link() == null ? text : text + "\n\n" + notice.link();
            Set<Long> portalReaders = new HashSet<>();
            if (to.byEmail()) {
                outbox.queue(new OutboxMessage(notice.dedupeKey() + ":email", null, null, to.accountId(), to.email(),
                        Channel.EMAIL, language.getLanguage(), subject,
                        withLink + "\n\n-- \n" + i18n.getTranslation("notification.notice.footer", language) + "\n",
                        html(language, subject, text, notice.link())));
            }
            if (to.inPortal()) {
                outbox.queue(new OutboxMessage(notice.dedupeKey() + ":portal", null, null, to.accountId(),
                        to.email(), Channel.IN_PORTAL, language.getLanguage(), subject, withLink, null));
                portalReaders.add(to.accountId());
            }
            notifier.afterCommit(portalReaders);
        });
    }

    private String html(Locale language, String subject, String text, String link) {
        String paragraphs = HtmlUtils.htmlEscape(text).replace("\n", "<br>");
        String button = link == null ? "" : "<p><a href=\"%s\">%s</a></p>".formatted(HtmlUtils.htmlEscape(link),
                HtmlUtils.htmlEscape(link));
        return """
                <!doctype html><html lang="%s"><body style="font-family:Segoe UI,Roboto,Arial,sans-serif;\
                color:#1b2733"><h2 style="font-size:18px">%s</h2><p>%s</p>%s\
                <p style="font-size:12px;color:#8a96a3">%s</p></body></html>""".formatted(language.getLanguage(),
                HtmlUtils.htmlEscape(subject), paragraphs, button,
                HtmlUtils.htmlEscape(i18n.getTranslation("notification.notice.footer", language)));
    }
}
