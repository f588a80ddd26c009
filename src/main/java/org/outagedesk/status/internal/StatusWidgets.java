package org.outagedesk.status.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.outagedesk.base.HtmlText;
import org.outagedesk.base.PlainText;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.PublicIncident;
import org.springframework.stereotype.Component;

/**
 * The status for other pages of the intranet: a badge ({@code /status/badge.svg}, overall or one mail
 * service, for an {@code <img>}) and a script-free HTML fragment ({@code /status/embed}, for a page
 * that includes it on its server, e.g. an SSI or a CMS include). Both are rendered with the snapshot,
 * in each language, so they cost what the page costs.
 */
@Component
class StatusWidgets {

    private static final String OK = "#2e7d46";
    private static final String BAD = "#b3261e";
    private static final String LABEL = "#4a5561";

    private final StatusRenderer renderer;

    StatusWidgets(StatusRenderer renderer) {
        this.renderer = renderer;
    }

    /** The badge's key in the snapshot: the language, and the service or "all". */
    static String badgeKey(String language, MailService service) {
        return badgeKey(language, service == null ? "all" : service.name().toLowerCase(Locale.ROOT));
    }

    /** The same key from a request's {@code ?service=} in lower case ("webmail", or "all"). */
    static String badgeKey(String language, String service) {
        return language + "|" + service;
    }

    /** A flat two-part badge: what (mail, or one service) and its state, with a title for screen readers. */
    String badge(Set<MailService> affected, MailService service, Locale language) {
        boolean ok = service == null ? affected.isEmpty() : !affected.contains(service);
        String label = service == null ? renderer.t("status.badge.label", language)
                : renderer.serviceName(service, language);
        String state = renderer.t(ok ? "status.service.ok" : "status.service.affected", language);
        int left = width(label);
        int right = width(state);
        int total = left + right;
        String title = x(label + ": " + state);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + total + "\" height=\"20\" role=\"img\" aria-label=\""
                + title + "\"><title>" + title + "</title><rect width=\"" + left + "\" height=\"20\" rx=\"3\" fill=\""
                + LABEL + "\"/><rect x=\"" + left + "\" width=\"" + right + "\" height=\"20\" rx=\"3\" fill=\""
                + (ok ? OK : BAD) + "\"/><rect x=\"" + left + "\" width=\"4\" height=\"20\" fill=\"" + (ok ? OK : BAD)
                + "\"/><g fill=\"#fff\" font-family=\"Verdana,DejaVu Sans,sans-serif\" font-size=\"11\">"
                + "<text x=\"" + left / 2 + "\" y=\"14\" text-anchor=\"middle\">" + x(label) + "</text>"
                + "<text x=\"" + (left + right / 2) + "\" y=\"14\" text-anchor=\"middle\">" + x(state) + "</text></g></svg>";
    }

    /** The overall state and the current incidents with their public state, each linking to the page. */
    String embed(List<PublicIncident> incidents, Locale language, StatusLinks links) {
        List<PublicIncident> open = incidents.stream().filter(PublicIncident::open).toList();
        boolean ok = StatusRenderer.affected(open).isEmpty();
        String page = HtmlText.escape(links.page(language.getLanguage()));
        StringBuilder html = new StringBuilder(1024);
        html.append("<div class=\"outagedesk-status\" lang=\"").append(language.getLanguage())
                .append("\" style=\"font-family:system-ui,sans-serif;font-size:14px;line-height:1.4;border-radius:6px;")
                .append("padding:8px 12px;background:").append(ok ? "#e3f4e8;color:#1c5b30" : "#fde8e4;color:#8a2413")
                .append("\"><a href=\"").append(page).append("\" style=\"color:inherit;font-weight:600\">")
                .append(HtmlText.escape(renderer.t(ok ? "status.overall.ok" : "status.overall.problem", language)))
                .append("</a>");
        if (!open.isEmpty()) {
            html.append("<ul style=\"margin:6px 0 0;padding-left:18px\">");
            for (PublicIncident incident : open) {
                html.append("<li><a href=\"").append(page).append("#").append(HtmlText.escape(incident.reference()))
                        .append("\" style=\"color:inherit\">").append(HtmlText.escape(incident.title()))
                        .append("</a> · ").append(HtmlText.escape(renderer.statusName(incident.status().publicName(),
                                language))).append("</li>");
            }
            html.append("</ul>");
        }
        return html.append("</div>\n").toString();
    }

    /** About Verdana 11 px: 7 px a character, 10 px of padding each side. */
    private static int width(String text) {
        return 20 + text.codePointCount(0, text.length()) * 7;
    }

    private static String x(String text) {
        return HtmlText.escape(PlainText.xmlSafe(text));
    }
}
