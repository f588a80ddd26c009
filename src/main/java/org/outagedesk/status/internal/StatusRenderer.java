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
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
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
    private final JsonMapper json = JsonMapper.builder().build();

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
    String html(List<PublicIncident> incidents, Locale language, Instant at, StatusLinks links) {
        String lang = language.getLanguage();
        List<PublicIncident> open = incidents.stream().filter(PublicIncident::open).toList();
        List<PublicIncident> resolved = incidents.stream().filter(incident -> !incident.open()).toList();
        Set<MailService> affected = affected(open);
        StringBuilder page = new StringBuilder(8192);
        page.append("<!doctype html><html lang=\"").append(language.getLanguage()).append("\"><head>")
                .append("<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
                .append("<title>").append(e(t("status.title", language))).append("</title>")
                .append("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"")
                .append(e(links.feed(lang))).append("\">")
                .append("<style>").append(CSS).append("</style></head><body><main>")
                .append("<header><h1>").append(e(t("status.title", language))).append("</h1><nav class=\"lang\">")
                .append("<a href=\"").append(e(links.page("es"))).append("\" hreflang=\"es\">Español</a>")
                .append("<a href=\"").append(e(links.page("en"))).append("\" hreflang=\"en\">English</a>")
                .append("</nav></header>")
                .append("<p id=\"zone\" class=\"meta\">").append(e(zoneLine(language, at))).append("</p>");
        boolean ok = affected.isEmpty();
        page.append("<p id=\"overall\" class=\"overall ").append(ok ? "ok" : "bad").append("\">")
                .append(e(t(ok ? "status.overall.ok" : "status.overall.problem", language))).append("</p>");
        page.append("<h2>").append(e(t("status.services", language))).append("</h2><ul class=\"services\">");
        for (MailService service : MailService.values()) {
            boolean bad = affected.contains(service);
            page.append("<li><span>").append(e(serviceName(service, language))).append("</span><span class=\"")
                    .append(bad ? "state-bad" : "state-ok").append("\">")
                    .append(e(t(bad ? "status.service.affected" : "status.service.ok", language)))
                    .append("</span></li>");
        }
        page.append("</ul><h2>").append(e(t("status.open", language))).append("</h2>");
        if (open.isEmpty()) {
            page.append("<p>").append(e(t("status.open.none", language))).append("</p>");
        }
        open.forEach(incident -> openIncident(page, incident, language));
        page.append("<h2>").append(e(t("status.resolved", language, properties.resolvedDays()))).append("</h2>");
        if (resolved.isEmpty()) {
            page.append("<p>").append(e(t("status.resolved.none", language))).append("</p>");
        }
        resolved.forEach(incident -> resolvedIncident(page, incident, language));
        page.append("<footer><p>").append(e(t("status.generated", language, time(at, language)))).append("</p><p>")
                .append("<a href=\"").append(e(links.feed(lang)))
                .append("\">Atom</a> · <a href=\"").append(e(links.json()))
                .append("\">JSON</a></p></footer></main></body></html>");
        return page.toString();
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
        for (StatusUpdate update : incident.updates()) {
            page.append("<div class=\"update\"><p class=\"meta\">").append(e(time(update.postedAt(), language)))
                    .append(" · ").append(e(statusName(update.status().publicName(), language))).append("</p><p>")
                    .append(e(update.message())).append("</p>");
            if (update.workaround() != null) {
                page.append("<p class=\"workaround\">").append(e(t("status.workaround", language, update.workaround())))
                        .append("</p>");
            }
            page.append("</div>");
        }
        page.append("</article>");
    }

    private void resolvedIncident(StringBuilder page, PublicIncident incident, Locale language) {
        page.append("<article class=\"incident resolved\" id=\"").append(e(incident.reference())).append("\"><h3>")
                .append(e(incident.reference())).append(" · ").append(e(incident.title())).append("</h3>")
                .append("<p class=\"meta\">").append(e(t("status.resolved-at", language,
                        time(incident.resolvedAt(), language)))).append("</p>");
        StatusUpdate summary = incident.summary();
        if (summary != null) {
            page.append("<p>").append(e(summary.message())).append("</p><p><strong>")
                    .append(e(t("status.cause", language))).append("</strong> ").append(e(summary.cause()))
                    .append("</p><p><strong>").append(e(t("status.prevention", language))).append("</strong> ")
                    .append(e(summary.prevention())).append("</p>");
        }
        page.append("</article>");
    }

    /** The feed; its own and its entries' links are {@code links}. */
    String atom(List<PublicIncident> incidents, Locale language, Instant at, StatusLinks links) {
        String lang = language.getLanguage();
        StringBuilder feed = new StringBuilder(4096);
        feed.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
                .append(language.getLanguage()).append("\"><title>").append(x(t("status.title", language)))
                .append("</title><subtitle>").append(x(zoneLine(language, at))).append("</subtitle>")
                .append("<id>urn:outagedesk:status:").append(language.getLanguage()).append("</id><updated>")
                .append(at).append("</updated><link rel=\"alternate\" type=\"text/html\" href=\"")
                .append(x(links.page(lang))).append("\"/><link rel=\"self\" type=\"application/atom+xml\" href=\"")
                .append(x(links.feed(lang))).append("\"/>")
                .append("<author><name>OutageDesk</name></author>");
        for (PublicIncident incident : incidents) {
            if (incident.summary() != null) {
                entry(feed, incident, incident.summary(), language, links);
            }
            incident.updates().forEach(update -> entry(feed, incident, update, language, links));
        }
        return feed.append("</feed>\n").toString();
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

    String json(List<PublicIncident> incidents, Instant at) {
        Set<MailService> affected = affected(incidents.stream().filter(PublicIncident::open).toList());
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("generatedAt", at.toString());
        root.put("overall", affected.isEmpty() ? "operational" : "degraded");
        Map<String, String> services = new LinkedHashMap<>();
        for (MailService service : MailService.values()) {
            services.put(service.name().toLowerCase(Locale.ROOT), affected.contains(service) ? "affected" : "operational");
        }
        root.put("services", services);
        root.put("openIncidents", incidents.stream().filter(PublicIncident::open).map(this::incidentJson).toList());
        root.put("resolvedIncidents", incidents.stream().filter(incident -> !incident.open())
                .map(this::incidentJson).toList());
        return json.writeValueAsString(root);
    }

    private Map<String, Object> incidentJson(PublicIncident incident) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("reference", incident.reference());
        out.put("title", incident.title());
        out.put("status", incident.status().publicName());
        out.put("services", incident.services().stream().map(s -> s.name().toLowerCase(Locale.ROOT)).toList());
        out.put("startedAt", str(incident.startedAt()));
        out.put("eta", str(incident.eta()));
        out.put("resolvedAt", str(incident.resolvedAt()));
        out.put("updates", incident.updates().stream().map(update -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("postedAt", str(update.postedAt()));
            item.put("status", update.status().publicName());
            item.put("message", update.message());
            item.put("eta", str(update.eta()));
            item.put("workaround", update.workaround());
            return item;
        }).toList());
        StatusUpdate summary = incident.summary();
        if (summary != null) {
            out.put("resolution", Map.of("summary", summary.message(), "cause", summary.cause(),
                    "prevention", summary.prevention(), "postedAt", summary.postedAt().toString()));
        }
        return out;
    }

    static Set<MailService> affected(List<PublicIncident> open) {
        Set<MailService> affected = EnumSet.noneOf(MailService.class);
        open.forEach(incident -> affected.addAll(incident.services()));
        return affected;
    }

    String serviceName(MailService service, Locale language) {
        return t("status.service." + service.name().toLowerCase(Locale.ROOT), language);
    }

    String statusName(String publicName, Locale language) {
        return t("status.state." + publicName, language);
    }

    private String time(Instant instant, Locale language) {
        if (instant == null) {
            return "";
        }
        return ReaderTime.formatNamingZone(instant, language, zone);
    }

    String t(String key, Locale language, Object... arguments) {
        return i18n.getTranslation(key, language, arguments);
    }

    private static String str(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static String e(String text) {
        return HtmlText.escape(text);
    }

    /** XML text: escaped, and without the characters XML 1.0 cannot carry, so the feed always parses. */
    private static String x(String text) {
        return e(PlainText.xmlSafe(text));
    }
}
