package org.outagedesk.notification.internal;

import org.outagedesk.account.AccountService;
import org.outagedesk.account.AccountSummary;
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
    private final Recipients recipients;
    private final Outbox outbox;
    private final OutboxDispatcher dispatcher;
    private final ReaderTexts texts;
    private final PortalLinks links;

    ReportReceivedMail(AccountService accounts, Recipients recipients, Outbox outbox, OutboxDispatcher dispatcher,
            ReaderTexts texts, PortalLinks links) {
        this.accounts = accounts;
        this.recipients = recipients;
        this.outbox = outbox;
        this.dispatcher = dispatcher;
        this.texts = texts;
        this.links = links;
    }

    /** Runs in the submitting person's request and transaction: the current account is the reporter. */
    @EventListener
    void on(ReportSubmitted submitted) {
        AccountSummary reporter = accounts.currentAccount();
        Recipients.Recipient to = recipients.recipient(reporter);
        if (reporter.id() != submitted.reporterId() || !to.byEmail()) {
            return;
        }
        Reader reader = to.mailReader();
        PersonalMails.Mail receipt = render(reader, reporter.displayName(), submitted.reportId(),
                submitted.symptom(), submitted.client(), submitted.incidentId() != null);
        outbox.queue(new OutboxMessage("report-received:" + submitted.reportId() + ":email", null, null,
                reporter.id(), reporter.email(), Channel.EMAIL, UpdateMessages.tag(reader), receipt.subject(),
                receipt.text(), receipt.html()));
        dispatcher.wakeAfterCommit();
    }

    /** The receipt for one reader: what was received, what happens next, where to follow it. */
    PersonalMails.Mail render(Reader reader, String name, long reportId, Symptom symptom, MailClient client,
            boolean joined) {
        String number = String.valueOf(reportId);
        String subject = texts.text("mail.report-received.subject", reader, number);
        String greeting = texts.text("mail.greeting", reader, name);
        String what = texts.text("mail.report-received.what", reader, number,
                texts.text("report.symptom." + symptom.name(), reader),
                texts.text("report.client." + client.name(), reader));
        String next = texts.text(joined ? "mail.report-received.joined" : "mail.report-received.next", reader);
        String follow = texts.text("mail.report-received.follow", reader);
        String footer = texts.text("mail.report-received.footer", reader);
        String myReports = links.absolute("/reports/mine");
        String text = greeting + "\n\n" + what + "\n\n" + next + "\n\n" + follow + ":\n" + myReports
                + "\n\n-- \n" + footer + "\n";
        String html = """
                <!doctype html><html lang="%s"><body style="font-family:Segoe UI,Roboto,Arial,sans-serif;\
                color:#1b2733"><p>%s</p><p>%s</p><p>%s</p><p><a href="%s">%s</a></p>\
                <p style="font-size:12px;color:#8a96a3">%s</p></body></html>""".formatted(
                reader.language().getLanguage(), HtmlUtils.htmlEscape(greeting), HtmlUtils.htmlEscape(what),
                HtmlUtils.htmlEscape(next), HtmlUtils.htmlEscape(myReports), HtmlUtils.htmlEscape(follow),
                HtmlUtils.htmlEscape(footer));
        return new PersonalMails.Mail(subject, text, html);
    }
}
