package org.outagedesk.notification.internal;

import java.util.Locale;
import org.outagedesk.account.AccountProperties;
import org.outagedesk.account.AccountService;
import org.outagedesk.account.AccountSummary;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.notification.Channel;
import org.outagedesk.report.ReportSubmitted;
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
    private final String myReportsLink;

    ReportReceivedMail(AccountService accounts, Outbox outbox, OutboxDispatcher dispatcher, BundleI18NProvider i18n,
            NotificationProperties mail, AccountProperties portal) {
        this.accounts = accounts;
        this.outbox = outbox;
        this.dispatcher = dispatcher;
        this.i18n = i18n;
        this.mail = mail;
        this.myReportsLink = portal.baseUrl().replaceAll("/+$", "") + "/reports/mine";
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
        String number = String.valueOf(submitted.reportId());
        String subject = t("mail.report-received.subject", language, number);
        String greeting = t("mail.greeting", language, reporter.displayName());
        String what = t("mail.report-received.what", language, number,
                t("report.symptom." + submitted.symptom().name(), language),
                t("report.client." + submitted.client().name(), language));
        String next = t(submitted.incidentId() == null ? "mail.report-received.next"
                : "mail.report-received.joined", language);
        String follow = t("mail.report-received.follow", language);
        String footer = t("mail.report-received.footer", language);
        String text = greeting + "\n\n" + what + "\n\n" + next + "\n\n" + follow + ":\n" + myReportsLink
                + "\n\n-- \n" + footer + "\n";
        outbox.queue(new OutboxMessage("report-received:" + number + ":email", null, null, reporter.id(),
                reporter.email(), Channel.EMAIL, language.getLanguage(), subject, text,
                html(language, greeting, what, next, follow, footer)));
        dispatcher.wakeAfterCommit();
    }

    private String html(Locale language, String greeting, String what, String next, String follow, String footer) {
        return """
                <!doctype html><html lang="%s"><body style="font-family:Segoe UI,Roboto,Arial,sans-serif;\
                color:#1b2733"><p>%s</p><p>%s</p><p>%s</p><p><a href="%s">%s</a></p>\
                <p style="font-size:12px;color:#8a96a3">%s</p></body></html>""".formatted(language.getLanguage(),
                HtmlUtils.htmlEscape(greeting), HtmlUtils.htmlEscape(what), HtmlUtils.htmlEscape(next),
                HtmlUtils.htmlEscape(myReportsLink), HtmlUtils.htmlEscape(follow), HtmlUtils.htmlEscape(footer));
    }

    private String t(String key, Locale language, Object... arguments) {
        return i18n.getTranslation(key, language, arguments);
    }
}
