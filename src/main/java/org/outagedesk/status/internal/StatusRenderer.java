package org.outagedesk.status.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.outagedesk.base.OrganisationProperties;
import org.outagedesk.base.PlainText;
import org.outagedesk.base.ReaderTime;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.incident.MailService;
import org.outagedesk.incident.PublicIncident;
import org.outagedesk.incident.StatusUpdate;
import org.outagedesk.status.MaintenanceState;
import org.outagedesk.status.MaintenanceWindow;
import org.springframework.stereotype.Component;
import org.outagedesk.base.HtmlText;

/** Renders the public status as self-contained HTML (inline CSS only), Atom and JSON. */
@Component
class StatusRenderer {

    private static final String CSS = """
            body{margin:0;font-family:system-ui,-apple-system,Segoe UI,Roboto,Arial,sans-serif;color:#1b2733;\
            background:#f4f6f9;line-height:1.45}main{max-width:760px;margin:0 auto;padding:24px 16px}\
            header{display:flex;justify-content:space-between;align-items:center;gap:12px;flex-wrap:wrap}\
            h1{font-size:1.5rem;margin:0}h2{font-size:1.15rem;margin:28px 0 10px}h3{font-size:1rem;margin:0 0 4px}\
            .lang a{margin-left:8px;color:#1f5fbf}.overall{border-radius:8px;padding:14px 16px;margin:18px 0;\
            font-weight:600}.ok{background:#e3f4e8;color:#1c5b30}.bad{background:#fde8e4;color:#8a2413}\
            ul.services{list-style:none;padding:0;margin:0;background:#fff;border-radius:8px}\
            ul.services li{display:flex;justify-content:space-between;padding:10px 14px;border-bottom:1px solid #e3e7ec}\
            .state-ok{color:#1c7a3c}.state-bad{color:#b3261e;font-weight:600}\
            article{background:#fff;border-radius:8px;padding:14px 16px;margin-bottom:12px}\
            .meta{color:#56626f;font-size:.9rem}.update{border-left:3px solid #c8d1dc;padding:2px 0 2px 10px;\
            margin:10px 0}.workaround{background:#fff7e0;border-radius:6px;padding:6px 10px}\
            footer{color:#56626f;font-size:.85rem;margin-top:28px}footer a{color:#1f5fbf}""";

    private final BundleI18NProvider i18n;
    private final StatusProperties properties;
    private final ZoneId zone;
    private final UptimeSection uptime = new UptimeSection(this);
    private final MaintenanceSection maintenance = new MaintenanceSection(this);
    private final HistorySection history = new HistorySection(this);

    static final int UPTIME_DAYS = 90;

    StatusRenderer(BundleI18NProvider i18n, StatusProperties properties, OrganisationProperties organisation) {
        this.i18n = i18n;
        this.properties = properties;
        this.zone = properties.zone() != null ? properties.zone() : organisation.zoneForUnknownReaders();
    }

    /** "All times Europe/Madrid (UTC+01:00)": its readers' zones are not known, so the page names its own. */
    String zoneLine(Locale language, Instant at) {
        return t("status.zone", language, zone.getId(), DateTimeFormatter.ofPattern("xxx").format(at.atZone(zone)));
    }

    /** The page; its links are {@code links}: the portal's configured public address, or the mirror's files. */
    String html(StatusView view, Locale language, StatusLinks links) {
        String lang = language.getLanguage();
        Instant at = view.at();
        List<PublicIncident> open = view.open();
        List<PublicIncident> resolved = view.resolved();
        Set<MailService> affected = affected(open);
        Set<MailService> planned = underMaintenance(view);
        StringBuilder page = new StringBuilder(32768);
        head(page, t("status.title", language), language, links);
        page.append("<p id=\"zone\" class=\"meta\">").append(e(zoneLine(language, at))).append("</p>");
        String overall = !affected.isEmpty() ? "bad" : !planned.isEmpty() ? "planned" : "ok";
        page.append("<p id=\"overall\" class=\"overall ").append(overall).append("\">")
                .append(e(t("status.overall." + switch (overall) {
                    case "bad" -> "problem";
                    case "planned" -> "maintenance";
                    default -> "ok";
                }, language))).append("</p>");
        page.append("<h2>").append(e(t("status.services", language))).append("</h2><ul class=\"services\">");
        for (MailService service : MailService.values()) {
            String state = affected.contains(service) ? "bad" : planned.contains(service) ? "planned" : "ok";
            page.append("<li><span>").append(e(serviceName(service, language))).append("</span><span class=\"state-")
                    .append(state).append("\">").append(e(t(switch (state) {
                        case "bad" -> "status.service.affected";
                        case "planned" -> "status.service.maintenance";
                        default -> "status.service.ok";
                    }, language))).append("</span></li>");
        }
        page.append("</ul><h2>").append(e(t("status.open", language))).append("</h2>");
        if (open.isEmpty()) {
            page.append("<p>").append(e(t("status.open.none", language))).append("</p>");
        }
        open.forEach(incident -> openIncident(page, incident, language));
        maintenance.append(page, view, language);
        uptime.append(page, view.uptime(), UPTIME_DAYS, language);
        page.append("<h2>").append(e(t("status.resolved", language, properties.resolvedDays()))).append("</h2>");
        if (resolved.isEmpty()) {
            page.append("<p>").append(e(t("status.resolved.none", language))).append("</p>");
        }
        resolved.forEach(incident -> resolvedIncident(page, incident, language));
        page.append("<p><a id=\"history-link\" href=\"").append(e(links.history(lang))).append("\">")
                .append(e(t("status.history.link", language))).append("</a></p>");
        foot(page, at, language, links);
        return page.toString();
    }

    /** The history page: resolved incidents by month, newest month first, empty months said so. */
    String history(StatusView view, Locale language, StatusLinks links) {
        StringBuilder page = new StringBuilder(16384);
        head(page, t("status.history.title", language), language, links);
        page.append("<p class=\"meta\"><a href=\"").append(e(links.page(language.getLanguage()))).append("\">")
                .append(e(t("status.history.back", language))).append("</a></p>")
                .append("<p id=\"zone\" class=\"meta\">").append(e(zoneLine(language, view.at()))).append("</p>");
        history.append(page, view, properties.historyMonths(), language);
        foot(page, view.at(), language, links);
        return page.toString();
    }

    private void head(StringBuilder page, String title, Locale language, StatusLinks links) {
        String lang = language.getLanguage();
        page.append("<!doctype html><html lang=\"").append(lang).append("\"><head>")
                .append("<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
                .append("<title>").append(e(title)).append("</title>")
                .append("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"")
                .append(e(links.feed(lang))).append("\">")
                .append("<style>").append(CSS).append(UptimeSection.CSS).append(MaintenanceSection.CSS)
                .append("</style></head><body><main>")
                .append("<header><h1>").append(e(title)).append("</h1><nav class=\"lang\">")
                .append("<a href=\"").append(e(links.page("es"))).append("\" hreflang=\"es\">Español</a>")
                .append("<a href=\"").append(e(links.page("en"))).append("\" hreflang=\"en\">English</a>")
                .append("</nav></header>");
    }

    private void foot(StringBuilder page, Instant at, Locale language, StatusLinks links) {
        page.append("<footer><p>").append(e(t("status.generated", language, time(at, language)))).append("</p><p>")
                .append("<a href=\"").append(e(links.feed(language.getLanguage())))
                .append("\">Atom</a> · <a href=\"").append(e(links.json()))
                .append("\">JSON</a></p></footer></main></body></html>");
    }

    /** The services of windows in progress now. */
    static Set<MailService> underMaintenance(StatusView view) {
        Set<MailService> services = EnumSet.noneOf(MailService.class);
        view.maintenance().stream().filter(window -> window.state(view.at()) == MaintenanceState.IN_PROGRESS)
                .forEach(window -> services.addAll(window.services()));
        return services;
    }

    private void openIncident(StringBuilder page, PublicIncident incident, Locale language) {
        page.append("<article class=\"incident\" id=\"").append(e(incident.reference())).append("\"><h3>")
                .append(e(incident.reference())).append(" · ").append(e(incident.title())).append("</h3>")
                .append("<p class=\"meta\">").append(e(statusName(incident.status().publicName(), language)))
                .append(" · ").append(e(t("status.since", language, time(incident.startedAt(), language))));
        if (incident.eta() != null) {
            page.append(" · <strong>").append(e(t("status.eta", language, time(incident.eta(), language))))
                    .append("</strong>");
        }
        page.append("</p>");
        incident.updates().forEach(update -> update(page, update, language));
        page.append("</article>");
    }

    private void update(StringBuilder page, StatusUpdate update, Locale language) {
        page.append("<div class=\"update\"><p class=\"meta\">").append(e(time(update.postedAt(), language)))
                .append(" · ").append(e(statusName(update.status().publicName(), language))).append("</p><p>")
                .append(e(update.message())).append("</p>");
        if (update.workaround() != null) {
            page.append("<p class=\"workaround\">").append(e(t("status.workaround", language, update.workaround())))
                    .append("</p>");
        }
        page.append("</div>");
    }

    private void resolvedIncident(StringBuilder page, PublicIncident incident, Locale language) {
        page.append("<article class=\"incident resolved\" id=\"").append(e(incident.reference())).append("\"><h3>")
                .append(e(incident.reference())).append(" · ").append(e(incident.title())).append("</h3>")
                .append("<p class=\"meta\">").append(e(t("status.resolved-at", language,
                        time(incident.resolvedAt(), language)))).append("</p>");
        summary(page, incident, language);
        if (!incident.updates().isEmpty()) {
            page.append("<details><summary>").append(e(t("status.updates", language, incident.updates().size())))
                    .append("</summary>");
            incident.updates().forEach(update -> update(page, update, language));
            page.append("</details>");
        }
        page.append("</article>");
    }

    /** The published resolution summary, with cause and prevention, if there is one. */
    void summary(StringBuilder page, PublicIncident incident, Locale language) {
        StatusUpdate summary = incident.summary();
        if (summary != null) {
            page.append("<p>").append(e(summary.message())).append("</p><p><strong>")
                    .append(e(t("status.cause", language))).append("</strong> ").append(e(summary.cause()))
                    .append("</p><p><strong>").append(e(t("status.prevention", language))).append("</strong> ")
                    .append(e(summary.prevention())).append("</p>");
        }
    }

    /** The feed; its own and its entries' links are {@code links}. */
    String atom(StatusView view, Locale language, StatusLinks links) {
        String lang = language.getLanguage();
        Instant at = view.at();
        StringBuilder feed = new StringBuilder(4096);
        feed.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
                .append(language.getLanguage()).append("\"><title>").append(x(t("status.title", language)))
                .append("</title><subtitle>").append(x(zoneLine(language, at))).append("</subtitle>")
                .append("<id>urn:outagedesk:status:").append(language.getLanguage()).append("</id><updated>")
                .append(at).append("</updated><link rel=\"alternate\" type=\"text/html\" href=\"")
                .append(x(links.page(lang))).append("\"/><link rel=\"self\" type=\"application/atom+xml\" href=\"")
                .append(x(links.feed(lang))).append("\"/>")
                .append("<author><name>OutageDesk</name></author>");
        for (PublicIncident incident : view.incidents()) {
            if (incident.summary() != null) {
                entry(feed, incident, incident.summary(), language, links);
            }
            incident.updates().forEach(update -> entry(feed, incident, update, language, links));
        }
        for (MaintenanceWindow window : view.maintenance()) {
            maintenanceEntries(feed, window, view, language, links);
        }
        return feed.append("</feed>\n").toString();
    }

    /**
     * One entry per phase the window has reached: announced (from the notice time before it),
     * started, completed; each a new entry, so feed readers see every step.
     */
    private void maintenanceEntries(StringBuilder feed, MaintenanceWindow window, StatusView view, Locale language,
            StatusLinks links) {
        if (window.cancelled()) {
            return;
        }
        Instant announced = window.startsAt().minus(view.maintenanceNotice());
        List<Map.Entry<MaintenanceState, Instant>> phases = new java.util.ArrayList<>();
        if (!view.at().isBefore(announced)) {
            phases.add(Map.entry(MaintenanceState.SCHEDULED, announced));
        }
        if (!view.at().isBefore(window.startsAt())) {
            phases.add(Map.entry(MaintenanceState.IN_PROGRESS, window.startsAt()));
        }
        if (!view.at().isBefore(window.endsAt())) {
            phases.add(Map.entry(MaintenanceState.COMPLETED, window.endsAt()));
        }
        for (Map.Entry<MaintenanceState, Instant> phase : phases) {
            String state = maintenance.stateName(phase.getKey(), language);
            String content = t("status.maintenance.when", language, time(window.startsAt(), language),
                    time(window.endsAt(), language)) + "\n" + maintenance.services(window, language)
                    + (window.details(language).isBlank() ? "" : "\n" + window.details(language));
            feed.append("<entry><id>urn:outagedesk:maintenance:").append(window.id()).append(':')
                    .append(phase.getKey().name().toLowerCase(Locale.ROOT)).append("</id><title>")
                    .append(x(t("status.maintenance.feed-title", language, state, window.title(language))))
                    .append("</title><updated>").append(phase.getValue()).append("</updated><link href=\"")
                    .append(x(links.page(language.getLanguage()))).append("#maintenance-").append(window.id())
                    .append("\"/><content type=\"text\">").append(x(content)).append("</content></entry>");
        }
    }

    private void entry(StringBuilder feed, PublicIncident incident, StatusUpdate update, Locale language,
            StatusLinks links) {
        String status = update.summary() ? t("status.summary", language)
                : statusName(update.status().publicName(), language);
        StringBuilder content = new StringBuilder(update.message());
        if (update.summary()) {
            content.append("\n").append(t("status.cause", language)).append(" ").append(update.cause()).append("\n")
                    .append(t("status.prevention", language)).append(" ").append(update.prevention());
        }
        if (update.eta() != null) {
            content.append("\n").append(t("status.eta", language, time(update.eta(), language)));
        }
        if (update.workaround() != null) {
            content.append("\n").append(t("status.workaround", language, update.workaround()));
        }
        feed.append("<entry><id>urn:outagedesk:update:").append(update.id()).append("</id><title>")
                .append(x(incident.reference() + " · " + status + ": " + incident.title())).append("</title><updated>")
                .append(update.postedAt()).append("</updated><link href=\"").append(x(links.page(language.getLanguage())))
                .append("#")
                .append(x(incident.reference())).append("\"/><content type=\"text\">").append(x(content.toString()))
                .append("</content></entry>");
    }

    static Set<MailService> affected(List<PublicIncident> open) {
        Set<MailService> affected = EnumSet.noneOf(MailService.class);
        open.forEach(incident -> affected.addAll(incident.services()));
        return affected;
    }

    /** "Sending mail, Webmail": the services' names in the reader's language, in the services' order. */
    String serviceNames(java.util.Collection<MailService> services, Locale language) {
        return String.join(", ", services.stream().sorted().map(service -> serviceName(service, language)).toList());
    }

    String serviceName(MailService service, Locale language) {
        return t("status.service." + service.name().toLowerCase(Locale.ROOT), language);
    }

    String statusName(String publicName, Locale language) {
        return t("status.state." + publicName, language);
    }

    int resolvedDays() {
        return properties.resolvedDays();
    }

    ZoneId zone() {
        return zone;
    }

    String time(Instant instant, Locale language) {
        if (instant == null) {
            return "";
        }
        return ReaderTime.formatNamingZone(instant, language, zone);
    }

    String t(String key, Locale language, Object... arguments) {
        return i18n.getTranslation(key, language, arguments);
    }

    private static String e(String text) {
        return HtmlText.escape(text);
    }

    /** XML text: escaped, and without the characters XML 1.0 cannot carry, so the feed always parses. */
    private static String x(String text) {
        return e(PlainText.xmlSafe(text));
    }
}
