package org.outagedesk.notification.internal;

import java.util.Locale;
import org.outagedesk.account.AccountService;
import org.outagedesk.account.AccountSummary;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.notification.Channel;
import org.outagedesk.report.MailClient;
import org.outagedesk.report.ReportSubmitted;
import org.outagedesk.report.Symptom;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Confirms a received report by e-mail, in the reporter's language, when they want e-mail
 * (profile). Queued in the outbox in the report's own transaction: a mail server that is down
 * delays the mail, never the report; the dispatcher sends it once the server is back.
 */
@Component
class ReportReceivedMail {

    private final AccountService accounts;
    private final Outbox outbox;
    private final OutboxDispatcher dispatcher;
    private final BundleI18NProvider i18n;
    private final NotificationProperties mail;
    private final PortalLinks links;

    ReportReceivedMail(AccountService accounts, Outbox outbox, OutboxDispatcher dispatcher, BundleI18NProvider i18n,
            NotificationProperties mail, PortalLinks links) {
        this.accounts = accounts;
        this.outbox = outbox;
        this.dispatcher = dispatcher;
        this.i18n = i18n;
        this.mail = mail;
        this.links = links;
    }

    /** Runs in the submitting person's request and transaction: the current account is the reporter. */
    @EventListener
    void on(ReportSubmitted submitted) {
        AccountSummary reporter = accounts.currentAccount();
        if (reporter.id() != submitted.reporterId()
                || reporter.notifications() != null && !reporter.notifications().byEmail()) {
            return;
        }
        Locale language = Locale.forLanguageTag(reporter.language() != null ? reporter.language()
                : mail.defaultLanguage());
        PersonalMails.Mail receipt = render(language, reporter.displayName(), submitted.reportId(),
                submitted.symptom(), submitted.client(), submitted.incidentId() != null);
        outbox.queue(new OutboxMessage("report-received:" + submitted.reportId() + ":email", null, null,
                reporter.id(), reporter.email(), Channel.EMAIL, language.getLanguage(), receipt.subject(),
                receipt.text(), receipt.html()));
        dispatcher.wakeAfterCommit();
    }

    /** The receipt in one language: what was received, what happens next, where to follow it. */
    PersonalMails.Mail render(Locale language, String name, long reportId, Symptom symptom, MailClient client,
            boolean joined) {
        String number = String.valueOf(reportId);
        String subject = t("mail.report-received.subject", language, number);
        String greeting = t("mail.greeting", language, name);
        String what = t("mail.report-received.what", language, number, t("report.symptom." + symptom.name(), language),
                t("report.client." + client.name(), language));
        String next = t(joined ? "mail.report-received.joined" : "mail.report-received.next", language);
        String follow = t("mail.report-received.follow", language);
        String footer = t("mail.report-received.footer", language);
        String myReports = links.absolute("/reports/mine");
        String text = greeting + "\n\n" + what + "\n\n" + next + "\n\n" + follow + ":\n" + myReports
                + "\n\n-- \n" + footer + "\n";
        String html = """
                <!doctype html><html lang="%s"><body style="font-family:Segoe UI,Roboto,Arial,sans-serif;\
                color:#1b2733"><p>%s</p><p>%s</p><p>%s</p><p><a href="%s">%s</a></p>\
                <p style="font-size:12px;color:#8a96a3">%s</p></body></html>""".formatted(language.getLanguage(),
                HtmlUtils.htmlEscape(greeting), HtmlUtils.htmlEscape(what), HtmlUtils.htmlEscape(next),
                HtmlUtils.htmlEscape(myReports), HtmlUtils.htmlEscape(follow), HtmlUtils.htmlEscape(footer));
        return new PersonalMails.Mail(subject, text, html);
    }

    private String t(String key, Locale language, Object... arguments) {
        return i18n.getTranslation(key, language, arguments);
    }
}
