package org.outagedesk.notification.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.incident.StatusUpdate;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** Renders an update or summary as subject, plain text and HTML in one language, from the bundles. */
@Component
class UpdateMessages {

    private static final ZoneId ZONE = ZoneId.of("Europe/Madrid");

    private final BundleI18NProvider i18n;
    private final CommunicationProperties properties;

    UpdateMessages(BundleI18NProvider i18n, CommunicationProperties properties) {
        this.i18n = i18n;
        this.properties = properties;
    }

    String subject(StatusUpdate update, Locale language) {
        String key = update.summary() ? "notification.mail.summary-subject" : "notification.mail.subject";
        return oneLine(t(key, language, update.reference(), status(update, language), update.incidentTitle()));
    }

    /** A mail subject is one header line: line breaks and other controls become spaces (no header injection). */
    static String oneLine(String text) {
        return text.replaceAll("[\\p{Cntrl}\\u0080-\\u009f\\u2028\\u2029]+", " ").strip();
    }

    String status(StatusUpdate update, Locale language) {
        return t("notification.status." + update.status().publicName(), language);
    }

    /** The labelled lines of the message, without greeting or footer (also the in-portal and chat text). */
    String text(StatusUpdate update, Locale language) {
        StringBuilder text = new StringBuilder();
        text.append(t("notification.mail.status", language, status(update, language))).append("\n\n");
        text.append(update.message()).append("\n");
        if (update.summary()) {
            text.append("\n").append(t("notification.mail.cause", language)).append("\n").append(update.cause())
                    .append("\n\n").append(t("notification.mail.prevention", language)).append("\n")
                    .append(update.prevention()).append("\n");
        }
        if (update.eta() != null) {
            text.append("\n").append(t("notification.mail.eta", language, time(update.eta(), language))).append("\n");
        }
        if (update.workaround() != null) {
            text.append("\n").append(t("notification.mail.workaround", language, update.workaround())).append("\n");
        }
        return text.toString();
    }

    String mailText(StatusUpdate update, Locale language) {
        return text(update, language) + "\n" + t("notification.mail.follow", language, properties.statusPageUrl())
                + "\n\n-- \n" + t("notification.mail.footer", language) + "\n";
    }

    String mailHtml(StatusUpdate update, Locale language) {
        StringBuilder body = new StringBuilder();
        for (String paragraph : text(update, language).split("\n\n")) {
            body.append("<p>").append(HtmlUtils.htmlEscape(paragraph.strip()).replace("\n", "<br>")).append("</p>");
        }
        return """
                <!doctype html><html lang="%s"><body style="font-family:Segoe UI,Roboto,Arial,sans-serif;\
                color:#1b2733;background:#f4f6f9;padding:24px">\
                <div style="max-width:560px;margin:auto;background:#fff;border-radius:8px;padding:28px">\
                <p style="font-weight:600;color:#1f3a5f">OutageDesk · %s</p><h2 style="font-size:18px">%s</h2>%s\
                <p><a href="%s" style="color:#1f5fbf">%s</a></p>\
                <hr style="border:none;border-top:1px solid #e3e7ec"><p style="font-size:12px;color:#8a96a3">%s</p>\
                </div></body></html>""".formatted(language.getLanguage(), HtmlUtils.htmlEscape(update.reference()),
                HtmlUtils.htmlEscape(subject(update, language)), body, HtmlUtils.htmlEscape(properties.statusPageUrl()),
                HtmlUtils.htmlEscape(t("notification.mail.status-page", language)),
                HtmlUtils.htmlEscape(t("notification.mail.footer", language)));
    }

    /** A JSON body Slack and Mattermost ({@code text}) and Microsoft Teams (MessageCard) incoming webhooks accept. */
    String chatJson(StatusUpdate update, Locale language) {
        String title = subject(update, language);
        String text = "*" + title + "*\n" + text(update, language) + "\n" + properties.statusPageUrl();
        return "{\"@type\":\"MessageCard\",\"@context\":\"https://schema.org/extensions\",\"summary\":" + json(title)
                + ",\"title\":" + json(title) + ",\"text\":" + json(text) + "}";
    }

    String time(java.time.Instant instant, Locale language) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(language)
                .withZone(ZONE).format(instant);
    }

    private String t(String key, Locale language, Object... arguments) {
        return i18n.getTranslation(key, language, arguments);
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
