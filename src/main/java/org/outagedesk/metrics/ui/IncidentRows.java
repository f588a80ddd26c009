package org.outagedesk.metrics.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.outagedesk.base.ui.VirtualLists;

/**
 * Incidents with figures beside them: rows under column headings on a wide screen, where the
 * incident's title takes the room left and wraps rather than being cut; a card per incident on a
 * phone, each figure with its label (metrics.css). A virtual list with one template, items send texts only.
 *
 * @param <T> the row's data
 */
final class IncidentRows<T> extends Div {

    /**
     * A column: its heading, its width on a wide screen (CSS length), whether its texts are words
     * (twice a figure's room on a phone card) and its text per row.
     */
    record Column<T>(String heading, String width, boolean words, Function<T, String> text) {}

    private final VirtualList<T> rows = new VirtualList<>();
    private final Div heading = new Div();
    private final Div empty = new Div();

    IncidentRows(String id, String incidentHeading, String emptyText, Function<T, Long> incidentId,
            Function<T, String> title, Function<T, String> detail, List<Column<T>> columns) {
        addClassName("incident-rows");
        getStyle().set("--incident-row-columns", "minmax(12rem, 1fr) " + columns.stream().map(Column::width)
                .collect(Collectors.joining(" ")));
        heading.addClassNames("incident-row", "incident-row-head");
        heading.add(new Span(incidentHeading));
        columns.forEach(column -> heading.add(new Span(column.heading())));
        // Each row names its figures to a screen reader; the headings are for the eye.
        heading.getElement().setAttribute("aria-hidden", "true");
        rows.setId(id);
        rows.addClassName("incident-rows-list");
        VirtualLists.scrollableByKeyboard(rows, incidentHeading);
        LitRenderer<T> renderer = LitRenderer.<T>of(template(columns))
                .withProperty("href", row -> "incidents/" + incidentId.apply(row))
                .withProperty("title", title::apply)
                .withProperty("detail", detail::apply);
        for (int i = 0; i < columns.size(); i++) {
            Column<T> column = columns.get(i);
            renderer.withProperty("l" + i, row -> column.heading()).withProperty("v" + i, column.text()::apply);
        }
        rows.setRenderer(renderer);
        empty.setText(emptyText);
        empty.setId(id + "-empty");
        empty.addClassName("incident-rows-empty");
        add(heading, rows, empty);
    }

    void show(List<T> items) {
        rows.setItems(items);
        VirtualLists.shown(rows, !items.isEmpty());
        heading.setVisible(!items.isEmpty());
        empty.setVisible(items.isEmpty());
    }

    private static <T> String template(List<Column<T>> columns) {
        String cells = IntStream.range(0, columns.size()).mapToObj(i -> """
                <span class="incident-cell%s"><span class="incident-cell-label">${item.l%d}</span>\
                <span class="incident-cell-value">${item.v%d}</span></span>""".formatted(
                        columns.get(i).words() ? " incident-cell-words" : "", i, i))
                .collect(Collectors.joining());
        return """
                <div class="incident-row"><span class="incident-cell incident-name">\
                <a router-link href="${item.href}">${item.title}</a>\
                <span class="incident-detail">${item.detail}</span></span>%s</div>""".formatted(cells);
    }
}
