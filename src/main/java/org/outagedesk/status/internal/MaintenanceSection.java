package org.outagedesk.status.internal;

import java.util.List;
import java.util.Locale;
import org.outagedesk.base.HtmlText;
import org.outagedesk.status.MaintenanceState;
import org.outagedesk.status.MaintenanceWindow;

/** Planned maintenance on the page: the windows shown now, then the recently completed ones. */
final class MaintenanceSection {

    static final String CSS = """
            .maintenance{background:#fff;border-left:4px solid #4a72c9;border-radius:8px;padding:12px 16px;\
            margin-bottom:12px}.maintenance .details{white-space:pre-line}.chip{display:inline-block;\
            border-radius:10px;padding:1px 8px;font-size:.8rem;font-weight:600;background:#e8eefc;color:#1e3a8a}\
            .overall.planned{background:#e8eefc;color:#1e3a8a}.state-planned{color:#1e3a8a;font-weight:600}""";

    private final StatusRenderer renderer;

    MaintenanceSection(StatusRenderer renderer) {
        this.renderer = renderer;
    }

    void append(StringBuilder page, StatusView view, Locale language) {
        List<MaintenanceWindow> shown = view.maintenanceShown();
        List<MaintenanceWindow> completed = view.maintenanceCompleted().stream()
                .filter(window -> window.endsAt().isAfter(view.at().minus(java.time.Duration.ofDays(
                        renderer.resolvedDays())))).toList();
        page.append("<h2 id=\"maintenance-title\">").append(e(renderer.t("status.maintenance.title", language)))
                .append("</h2>");
        if (shown.isEmpty()) {
            page.append("<p id=\"maintenance-none\">").append(e(renderer.t("status.maintenance.none", language)))
                    .append("</p>");
        }
        shown.forEach(window -> window(page, window, view, language));
        if (!completed.isEmpty()) {
            page.append("<details id=\"maintenance-completed\"><summary>")
                    .append(e(renderer.t("status.maintenance.completed-list", language, completed.size())))
                    .append("</summary>");
            completed.forEach(window -> window(page, window, view, language));
            page.append("</details>");
        }
    }

    private void window(StringBuilder page, MaintenanceWindow window, StatusView view, Locale language) {
        MaintenanceState state = window.state(view.at());
        page.append("<article class=\"maintenance\" id=\"maintenance-").append(window.id()).append("\"><h3>")
                .append(e(window.title(language))).append(" <span class=\"chip\">")
                .append(e(stateName(state, language))).append("</span></h3><p class=\"meta\">")
                .append(e(renderer.t("status.maintenance.when", language, renderer.time(window.startsAt(), language),
                        renderer.time(window.endsAt(), language))))
                .append("<br>").append(e(services(window, language))).append("</p>");
        String details = window.details(language);
        if (!details.isBlank()) {
            page.append("<p class=\"details\">").append(e(details)).append("</p>");
        }
        page.append("</article>");
    }

    String stateName(MaintenanceState state, Locale language) {
        return renderer.t("status.maintenance.state." + state.name().toLowerCase(Locale.ROOT), language);
    }

    String services(MaintenanceWindow window, Locale language) {
        return renderer.t("status.maintenance.services", language,
                renderer.serviceNames(window.services(), language));
    }

    private static String e(String text) {
        return HtmlText.escape(text);
    }
}
