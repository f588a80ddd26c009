package org.outagedesk.status.internal;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import org.outagedesk.base.HtmlText;
import org.outagedesk.incident.MailService;
import org.outagedesk.status.internal.UptimeHistory.Day;
import org.outagedesk.status.internal.UptimeHistory.DayState;
import org.outagedesk.status.internal.UptimeHistory.ServiceHistory;

/**
 * The uptime history on the page: per service, 90 daily bars coloured by the day's worst state with
 * the 30- and 90-day uptime, and the rule in words. Without script: each bar has a title for the
 * mouse, and days with something to say are focusable and show the same text on focus.
 */
final class UptimeSection {

    static final String CSS = """
            .uptime{background:#fff;border-radius:8px;padding:6px 14px 10px}.uptime-row{padding:10px 0;\
            border-bottom:1px solid #e3e7ec}.uptime-row:last-child{border-bottom:0}.uptime-head{display:flex;\
            justify-content:space-between;gap:8px;flex-wrap:wrap;margin-bottom:6px}.uptime-figures{color:#56626f;\
            font-size:.9rem}ol.bars{display:flex;gap:1px;list-style:none;margin:0;padding:0;height:30px}\
            ol.bars li{flex:1;border-radius:2px;position:relative;min-width:1px}ol.bars li:focus{outline:2px solid #1f5fbf;\
            outline-offset:1px}.d-operational{background:#3a9d5d}.d-maintenance{background:#4a72c9}\
            .d-degraded{background:#e0a526}.d-outage{background:#c8412f}.d-no-data{background:#d5dae0}\
            .tip{display:none;position:absolute;bottom:36px;left:50%;transform:translateX(-50%);width:14em;\
            background:#1b2733;color:#fff;font-size:.8rem;padding:6px 8px;border-radius:6px;z-index:2}\
            ol.bars li:hover .tip,ol.bars li:focus .tip{display:block}.bars-scale{display:flex;\
            justify-content:space-between;color:#56626f;font-size:.8rem;margin-top:4px}\
            .legend{display:flex;flex-wrap:wrap;gap:4px 14px;color:#56626f;font-size:.85rem;margin:8px 0 0;\
            padding:0;list-style:none}.legend i{display:inline-block;width:10px;height:10px;border-radius:2px;\
            margin-right:5px}.rule{color:#56626f;font-size:.85rem}""";

    private final StatusRenderer renderer;

    UptimeSection(StatusRenderer renderer) {
        this.renderer = renderer;
    }

    void append(StringBuilder page, Map<MailService, ServiceHistory> uptime, int days, Locale language) {
        page.append("<h2 id=\"uptime-title\">").append(e(renderer.t("status.uptime.title", language, days)))
                .append("</h2><div class=\"uptime\" id=\"uptime\">");
        for (MailService service : MailService.values()) {
            row(page, uptime.get(service), language);
        }
        page.append("<ul class=\"legend\">");
        for (DayState state : DayState.values()) {
            page.append("<li><i class=\"d-").append(state.code()).append("\"></i>")
                    .append(e(stateName(state, language))).append("</li>");
        }
        page.append("</ul></div><p class=\"rule\" id=\"uptime-rule\">")
                .append(e(renderer.t("status.uptime.rule", language))).append("</p>");
    }

    private void row(StringBuilder page, ServiceHistory history, Locale language) {
        String name = renderer.serviceName(history.service(), language);
        String code = history.service().name().toLowerCase(Locale.ROOT);
        page.append("<div class=\"uptime-row\" id=\"uptime-").append(code).append("\"><div class=\"uptime-head\"><span>")
                .append(e(name)).append("</span><span class=\"uptime-figures\">")
                .append(e(renderer.t("status.uptime.figures", language, percent(history.uptime30(), language),
                        percent(history.uptime90(), language))))
                .append("</span></div><ol class=\"bars\" aria-label=\"")
                .append(e(renderer.t("status.uptime.bars", language, name))).append("\">");
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language);
        for (Day day : history.days()) {
            String text = describe(day, date, language);
            boolean noteworthy = day.worst() != DayState.OPERATIONAL && day.worst() != DayState.NO_DATA;
            page.append("<li class=\"d-").append(day.worst().code()).append("\" title=\"").append(e(text)).append('"');
            if (noteworthy) {
                page.append(" tabindex=\"0\"><span class=\"tip\">").append(e(text)).append("</span></li>");
            } else {
                page.append("></li>");
            }
        }
        page.append("</ol><div class=\"bars-scale\" aria-hidden=\"true\"><span>")
                .append(e(renderer.t("status.uptime.ago", language, history.days().size()))).append("</span><span>")
                .append(e(renderer.t("status.uptime.today", language))).append("</span></div></div>");
    }

    /** "4 Dec 2026 · 87.50% · Outage · INC-4 · probes failing 120 min". */
    private String describe(Day day, DateTimeFormatter date, Locale language) {
        StringBuilder text = new StringBuilder(date.format(day.date()));
        if (day.uptimePercent() != null) {
            text.append(" · ").append(percent(day.uptimePercent(), language));
        }
        text.append(" · ").append(stateName(day.worst(), language));
        if (!day.incidents().isEmpty()) {
            text.append(" · ").append(String.join(", ", day.incidents()));
        }
        if (day.probeFailureMinutes() > 0) {
            text.append(" · ").append(renderer.t("status.uptime.probe-minutes", language, day.probeFailureMinutes()));
        }
        if (day.maintenanceMinutes() > 0) {
            text.append(" · ").append(renderer.t("status.uptime.maintenance-minutes", language,
                    day.maintenanceMinutes()));
        }
        return text.toString();
    }

    String stateName(DayState state, Locale language) {
        return renderer.t("status.day." + state.code(), language);
    }

    /** "99.95%" / "99,95 %" (the rule already rounded down); "—" without data. */
    static String percent(Double value, Locale language) {
        if (value == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getPercentInstance(language);
        format.setMinimumFractionDigits(value == 100.0 ? 0 : 2);
        format.setMaximumFractionDigits(2);
        return format.format(value / 100.0);
    }

    private static String e(String text) {
        return HtmlText.escape(text);
    }
}
