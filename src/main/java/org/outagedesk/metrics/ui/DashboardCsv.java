package org.outagedesk.metrics.ui;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The whole dashboard as CSV (one block per chart, its table's columns), UTF-8 with a BOM for spreadsheets. */
final class DashboardCsv {

    private DashboardCsv() {}

    static byte[] of(List<String> headline, List<ChartData> charts) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        headline.forEach(line -> csv.append(line).append("\r\n"));
        for (ChartData chart : charts) {
            csv.append("\r\n").append(cell(chart.title())).append("\r\n");
            line(csv, chart.headers());
            chart.rows().forEach(row -> line(csv, row));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String line(List<String> cells) {
        StringBuilder out = new StringBuilder();
        line(out, cells);
        return out.toString().stripTrailing();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        csv.append(String.join(",", cells.stream().map(DashboardCsv::cell).toList())).append("\r\n");
    }

    /** Quotes when needed and defuses cells a spreadsheet would run as a formula. */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("[+-]?\\d+([.,]\\d+)?( %)?")) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
