package org.outagedesk.notification.internal;

import java.util.Locale;
import org.outagedesk.incident.StatusUpdate;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Renders an update or summary for one reader (their language and zone) as subject, plain text,
 * HTML, a one-line brief and a chat message. What staff wrote stays as written; the labels around
 * it (status, expected resolution, meanwhile, cause) are in the reader's language.
 */
@Component
class UpdateMessages {

    private final ReaderTexts texts;
    private final PortalLinks links;

    UpdateMessages(ReaderTexts texts, PortalLinks links) {
        this.texts = texts;
        this.links = links;
    }

    String subject(StatusUpdate update, Reader reader) {
        String key = update.summary() ? "notification.mail.summary-subject" : "notification.mail.subject";
        return oneLine(texts.text(key, reader, update.reference(), status(update, reader), update.incidentTitle()));
    }

    /** A mail subject is one header line: line breaks and other controls become spaces (no header injection). */
    static String oneLine(String text) {
        return text.replaceAll("[\\p{Cntrl}\\u0080-\\u009f\\u2028\\u2029]+", " ").strip();
    }

    String status(StatusUpdate update, Reader reader) {
        return texts.text("notification.status." + update.status().publicName(), reader);
    }

    /** The labelled lines of the message, without greeting or footer (also the in-portal and chat text). */
    String text(StatusUpdate update, Reader reader) {
        StringBuilder text = new StringBuilder();
        text.append(texts.text("notification.mail.status", reader, status(update, reader))).append("\n\n");
        text.append(update.message()).append("\n");
        if (update.summary()) {
            text.append("\n").append(texts.text("notification.mail.cause", reader)).append("\n")
                    .append(update.cause()).append("\n\n")
                    .append(texts.text("notification.mail.prevention", reader)).append("\n")
                    .append(update.prevention()).append("\n");
        }
        if (update.eta() != null) {
            text.append("\n").append(texts.text("notification.mail.eta", reader, update.eta())).append("\n");
        }
        if (update.workaround() != null) {
            text.append("\n").append(texts.text("notification.mail.workaround", reader, update.workaround()))
                    .append("\n");
        }
        return text.toString();
    }

    /** The message in one line with its expected resolution and workaround, for the outage banner. */
    String brief(StatusUpdate update, Reader reader) {
        StringBuilder brief = new StringBuilder(update.message().strip().replaceAll("\\s*\\n\\s*", " "));
        if (update.eta() != null) {
            brief.append(" · ").append(texts.text("notification.mail.eta", reader, update.eta()));
        }
        if (update.workaround() != null) {
            brief.append(" · ").append(texts.text("notification.mail.workaround", reader, update.workaround()));
        }
        return brief.toString();
    }

    String mailText(StatusUpdate update, Reader reader) {
        return text(update, reader) + "\n" + texts.text("notification.mail.follow", reader, links.follow(update).url())
                + "\n\n-- \n" + texts.text("notification.mail.footer", reader) + "\n";
    }

    String mailHtml(StatusUpdate update, Reader reader) {
        PortalLinks.Link follow = links.follow(update);
        StringBuilder body = new StringBuilder();
        for (String paragraph : text(update, reader).split("\n\n")) {
            body.append("<p>").append(HtmlUtils.htmlEscape(paragraph.strip()).replace("\n", "<br>")).append("</p>");
        }
        return """
                <!doctype html><html lang="%s"><body style="font-family:Segoe UI,Roboto,Arial,sans-serif;\
                color:#1b2733;background:#f4f6f9;padding:24px">\
                <div style="max-width:560px;margin:auto;background:#fff;border-radius:8px;padding:28px">\
                <p style="font-weight:600;color:#1f3a5f">OutageDesk · %s</p><h2 style="font-size:18px">%s</h2>%s\
                <p><a href="%s" style="color:#1f5fbf">%s</a></p>\
                <hr style="border:none;border-top:1px solid #e3e7ec"><p style="font-size:12px;color:#8a96a3">%s</p>\
                </div></body></html>""".formatted(reader.language().getLanguage(),
                HtmlUtils.htmlEscape(update.reference()), HtmlUtils.htmlEscape(subject(update, reader)), body,
                HtmlUtils.htmlEscape(follow.url()), HtmlUtils.htmlEscape(texts.text(follow.labelKey(), reader)),
                HtmlUtils.htmlEscape(texts.text("notification.mail.footer", reader)));
    }

    /** A JSON body Slack and Mattermost ({@code text}) and Microsoft Teams (MessageCard) incoming webhooks accept. */
    String chatJson(StatusUpdate update, Reader reader) {
        String title = subject(update, reader);
        String text = "*" + title + "*\n" + text(update, reader) + "\n" + links.follow(update).url();
        return chatCard(title, text);
    }

    /** The MessageCard body Teams accepts and Slack and Mattermost read as {@code text}. */
    static String chatCard(String title, String text) {
        return "{\"@type\":\"MessageCard\",\"@context\":\"https://schema.org/extensions\",\"summary\":" + json(title)
                + ",\"title\":" + json(title) + ",\"text\":" + json(text) + "}";
    }

    /** The language tag stored with a message. */
    static String tag(Reader reader) {
        return reader.language().getLanguage().toLowerCase(Locale.ROOT);
    }

    static String json(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
