package org.outagedesk.metrics.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.outagedesk.metrics.Dashboard;

/** The headline figures: incidents, MTTx medians with p90 and trend, reports, action items, reviews. */
final class FigureTiles extends Div {

    FigureTiles(Dashboard dashboard, Locale locale) {
        addClassName("figure-tiles");
        long incidents = dashboard.incidents();
        add(tile("metrics-incidents", "metrics.figure.incidents", String.valueOf(incidents),
                getTranslation("metrics.figure.previous-count", dashboard.previousIncidents(),
                        MetricsFormat.signed(incidents - dashboard.previousIncidents())), null));
        for (Dashboard.Response response : dashboard.response()) {
            String key = response.metric().name().toLowerCase(Locale.ROOT);
            Integer change = MetricsFormat.changePercent(response.median(), response.previousMedian());
            String trend = change == null ? getTranslation("metrics.trend.none")
                    : getTranslation("metrics.trend.change", MetricsFormat.signed(change),
                            MetricsFormat.duration(response.previousMedian()));
            Div tile = tile("metrics-" + key, "metrics.figure." + key, MetricsFormat.duration(response.median()),
                    getTranslation("metrics.figure.p90", MetricsFormat.duration(response.p90()), response.incidents()),
                    trend);
            if (change != null && change != 0) {
                tile.addClassName(change > 0 ? "trend-worse" : "trend-better");
            }
            add(tile);
        }
        Dashboard.Reports reports = dashboard.reports();
        add(tile("metrics-reports", "metrics.figure.reports-per-incident",
                MetricsFormat.decimal(reports.perIncident(incidents), locale),
                getTranslation("metrics.figure.reports", reports.reports(), reports.usersAffected()), null));
        Dashboard.ActionItems items = dashboard.actionItems();
        add(tile("metrics-action-items", "metrics.figure.action-items", String.valueOf(items.open()),
                getTranslation("metrics.figure.action-items-detail", items.overdue(), items.done()), null));
        Dashboard.Reviews reviews = dashboard.reviews();
        Integer percent = reviews.completionPercent();
        add(tile("metrics-reviews", "metrics.figure.reviews", percent == null ? MetricsFormat.NONE : percent + " %",
                getTranslation("metrics.figure.reviews-detail", reviews.requiredFinal(), reviews.required(),
                        reviews.finalised()), null));
        Dashboard.CauseSuggestions causes = dashboard.causeSuggestions();
        Integer right = causes.rightPercent();
        add(tile("metrics-cause-suggestions", "metrics.figure.cause-suggestions",
                right == null ? MetricsFormat.NONE : right + " %",
                getTranslation("metrics.figure.cause-suggestions-detail", causes.right(), causes.right() + causes.wrong()),
                null));
    }

    private Div tile(String id, String labelKey, String value, String detail, String trend) {
        Span valueText = new Span(value);
        valueText.setId(id + "-value");
        valueText.addClassName("tile-value");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("tile-label");
        Span detailText = new Span(detail);
        detailText.addClassName("tile-detail");
        Div tile = new Div(label, valueText, detailText);
        if (trend != null) {
            Span trendText = new Span(trend);
            trendText.addClassName("tile-trend");
            tile.add(trendText);
        }
        tile.setId(id);
        tile.addClassName("figure-tile");
        return tile;
    }
}
