package org.outagedesk.metrics.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.outagedesk.metrics.Dashboard;

/** The dashboard's four charts (response times, phase times, causes, services) as {@link ChartData}. */
final class DashboardCharts {

    private final Component i18n;

    DashboardCharts(Component i18n) {
        this.i18n = i18n;
    }

    List<ChartData> all(Dashboard dashboard) {
        return List.of(response(dashboard), phases(dashboard),
                counts("metrics-chart-causes", "metrics.chart.causes", "metrics.table.cause", dashboard.byCause(),
                        key -> t("metrics.cause." + key.toLowerCase(Locale.ROOT))),
                counts("metrics-chart-services", "metrics.chart.services", "metrics.table.service",
                        dashboard.byService(), key -> t("status.service." + key.toLowerCase(Locale.ROOT))));
    }

    private ChartData response(Dashboard dashboard) {
        List<String> categories = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        int size = dashboard.response().size();
        double[] medians = new double[size];
        double[] p90s = new double[size];
        String[] medianHover = new String[size];
        String[] p90Hover = new String[size];
        for (int i = 0; i < size; i++) {
            Dashboard.Response response = dashboard.response().get(i);
            String name = response.metric().name();
            categories.add(name);
            medians[i] = MetricsFormat.minutes(response.median());
            p90s[i] = MetricsFormat.minutes(response.p90());
            medianHover[i] = name + " " + t("metrics.table.median") + ": " + MetricsFormat.duration(response.median());
            p90Hover[i] = name + " p90: " + MetricsFormat.duration(response.p90());
            rows.add(List.of(name, MetricsFormat.duration(response.median()), MetricsFormat.duration(response.p90()),
                    String.valueOf(response.incidents()), MetricsFormat.duration(response.previousMedian())));
        }
        return new ChartData("metrics-chart-response", t("metrics.chart.response"),
                List.of(t("metrics.table.metric"), t("metrics.table.median"), "p90", t("metrics.table.incidents"),
                        t("metrics.table.previous-median")),
                rows, categories, List.of(new BarChart.Series(t("metrics.table.median"), medians, medianHover),
                        new BarChart.Series("p90", p90s, p90Hover)), t("metrics.axis.minutes"));
    }

    private ChartData phases(Dashboard dashboard) {
        List<Dashboard.PhaseTime> phases = dashboard.phases().stream().filter(phase -> phase.incidents() > 0).toList();
        List<String> categories = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        double[] medians = new double[phases.size()];
        String[] hover = new String[phases.size()];
        for (int i = 0; i < phases.size(); i++) {
            Dashboard.PhaseTime phase = phases.get(i);
            String name = t("incident.phase." + phase.phase().name());
            categories.add(name);
            medians[i] = MetricsFormat.hours(phase.median());
            hover[i] = name + ": " + MetricsFormat.duration(phase.median());
            rows.add(List.of(name, MetricsFormat.duration(phase.median()), MetricsFormat.duration(phase.p90()),
                    String.valueOf(phase.incidents())));
        }
        return new ChartData("metrics-chart-phases", t("metrics.chart.phases"),
                List.of(t("metrics.table.phase"), t("metrics.table.median"), "p90", t("metrics.table.incidents")), rows,
                categories, List.of(new BarChart.Series(t("metrics.table.median"), medians, hover)),
                t("metrics.axis.hours"));
    }

    private ChartData counts(String id, String titleKey, String keyHeader, List<Dashboard.Count> counts,
            Function<String, String> label) {
        List<String> categories = counts.stream().map(count -> label.apply(count.key())).toList();
        double[] values = counts.stream().mapToDouble(Dashboard.Count::count).toArray();
        String[] hover = new String[counts.size()];
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            hover[i] = categories.get(i) + ": " + counts.get(i).count();
            rows.add(List.of(categories.get(i), String.valueOf(counts.get(i).count())));
        }
        return new ChartData(id, t(titleKey), List.of(t(keyHeader), t("metrics.table.incidents")), rows, categories,
                List.of(new BarChart.Series(t("metrics.table.incidents"), values, hover)), t("metrics.axis.incidents"));
    }

    private String t(String key) {
        return i18n.getTranslation(key);
    }
}
