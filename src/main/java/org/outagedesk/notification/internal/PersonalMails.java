package org.outagedesk.notification.internal;

import org.outagedesk.notification.PersonalNotice;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** A personal notice as an e-mail for one reader: subject, plain text and HTML, the link after the base URL. */
@Component
class PersonalMails {

    /** A composed mail. */
    record Mail(String subject, String text, String html) {}

    private final ReaderTexts texts;
    private final PortalLinks links;

    PersonalMails(ReaderTexts texts, PortalLinks links) {
        this.texts = texts;
        this.links = links;
    }

    Mail render(PersonalNotice notice, Reader reader) {
        String subject = UpdateMessages.oneLine(texts.text(notice.subjectKey(), reader, notice.arguments()));
        String text = texts.text(notice.textKey(), reader, notice.arguments());
        String link = links.absolute(notice.link());
        String footer = texts.text("notification.notice.footer", reader);
        String plain = (link == null ? text : text + "\n\n" + link) + "\n\n-- \n" + footer + "\n";
        String button = link == null ? "" : "<p><a href=\"%s\">%s</a></p>".formatted(HtmlUtils.htmlEscape(link),
                HtmlUtils.htmlEscape(link));
        String html = """
                <!doctype html><html lang="%s"><body style="font-family:Segoe UI,Roboto,Arial,sans-serif;\
                color:#1b2733"><h2 style="font-size:18px">%s</h2><p>%s</p>%s\
                <p style="font-size:12px;color:#8a96a3">%s</p></body></html>""".formatted(
                reader.language().getLanguage(), HtmlUtils.htmlEscape(subject),
                HtmlUtils.htmlEscape(text).replace("\n", "<br>"), button, HtmlUtils.htmlEscape(footer));
        return new Mail(subject, plain, html);
    }
}
