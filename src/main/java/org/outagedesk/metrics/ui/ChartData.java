package org.outagedesk.metrics.ui;

import java.util.Arrays;
import java.util.List;

/** One chart's numbers, shared by its SVG, its table and the CSV export. */
record ChartData(
        String id,
        String title,
        List<String> headers,
        List<List<String>> rows,
        List<String> categories,
        List<BarChart.Series> series,
        String valueLabel) {

    boolean empty() {
        return categories.isEmpty() || series.stream().allMatch(one -> Arrays.stream(one.values())
                .allMatch(value -> value == 0));
    }

    ChartCard card(String emptyText) {
        if (empty()) {
            return new ChartCard(id, title, emptyText);
        }
        return new ChartCard(id, title, BarChart.svg(id + "-svg", categories, series, valueLabel),
                new FigureTable(title, headers, rows));
    }
}
