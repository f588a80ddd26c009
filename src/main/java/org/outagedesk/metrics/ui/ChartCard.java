package org.outagedesk.metrics.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.List;
import org.outagedesk.base.HtmlText;

/**
 * One chart of the dashboard: a heading, the server-rendered SVG (made here from our own numbers
 * and escaped labels, so it is safe to inline) and the same numbers in a table beside it.
 */
final class ChartCard extends Div {

    ChartCard(String id, String title, String svg, FigureTable table) {
        setId(id);
        addClassName("chart-card");
        Html chart = new Html("<div class=\"chart-svg\" role=\"img\" aria-label=\"" + HtmlText.escape(title) + "\">"
                + svg + "</div>");
        Div body = new Div(chart, table);
        body.addClassName("chart-body");
        add(new H3(title), body);
    }

    /** A card with only a message (nothing to chart for the filter). */
    ChartCard(String id, String title, String emptyText) {
        setId(id);
        addClassName("chart-card");
        Div empty = new Div(emptyText);
        empty.addClassName("chart-empty");
        add(new H3(title), empty);
    }

    static List<String> row(String... cells) {
        return List.of(cells);
    }
}
