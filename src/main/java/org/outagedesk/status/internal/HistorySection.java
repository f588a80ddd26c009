package org.outagedesk.status.internal;

import java.time.Duration;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.outagedesk.base.HtmlText;
import org.outagedesk.incident.PublicIncident;

/** The history page's body: each month of the history, newest first, with its resolved incidents. */
final class HistorySection {

    private final StatusRenderer renderer;

    HistorySection(StatusRenderer renderer) {
        this.renderer = renderer;
    }

    void append(StringBuilder page, StatusView view, int months, Locale language) {
        YearMonth current = YearMonth.from(view.at().atZone(renderer.zone()));
        for (int back = 0; back < months; back++) {
            YearMonth month = current.minusMonths(back);
            List<PublicIncident> inMonth = view.past().stream()
                    .filter(incident -> YearMonth.from(incident.startedAt().atZone(renderer.zone())).equals(month))
                    .toList();
            page.append("<section id=\"month-").append(month).append("\"><h2>").append(e(name(month, language)))
                    .append("</h2>");
            if (inMonth.isEmpty()) {
                page.append("<p class=\"meta\">").append(e(renderer.t("status.history.none", language))).append("</p>");
            }
            for (PublicIncident incident : inMonth) {
                page.append("<article class=\"incident resolved\" id=\"").append(e(incident.reference()))
                        .append("\"><h3>").append(e(incident.reference())).append(" · ").append(e(incident.title()))
                        .append("</h3><p class=\"meta\">")
                        .append(e(renderer.t("status.history.when", language,
                                renderer.time(incident.startedAt(), language),
                                renderer.time(incident.resolvedAt(), language),
                                duration(Duration.between(incident.startedAt(), incident.resolvedAt()), language))))
                        .append("<br>").append(e(renderer.t("status.maintenance.services", language,
                                renderer.serviceNames(incident.services(), language))))
                        .append("</p>");
                renderer.summary(page, incident, language);
                page.append("</article>");
            }
            page.append("</section>");
        }
    }

    private static String name(YearMonth month, Locale language) {
        String name = month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, language) + " " + month.getYear();
        return name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }

    /** "2 h 15 min", "45 min", "3 d 4 h". */
    private String duration(Duration duration, Locale language) {
        long minutes = Math.max(1, duration.toMinutes());
        if (minutes < 60) {
            return renderer.t("status.duration.minutes", language, minutes);
        }
        if (minutes < 24 * 60) {
            return renderer.t("status.duration.hours", language, minutes / 60, minutes % 60);
        }
        return renderer.t("status.duration.days", language, minutes / (24 * 60), minutes / 60 % 24);
    }

    private static String e(String text) {
        return HtmlText.escape(text);
    }
}
