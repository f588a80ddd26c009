package org.outagedesk.metrics.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.outagedesk.account.Roles;
import org.outagedesk.base.ui.BrowserTime;
import org.outagedesk.base.ui.LocalizedTitle;
import org.outagedesk.metrics.Dashboard;
import org.outagedesk.metrics.IncidentFigures;
import org.outagedesk.metrics.MetricsException;
import org.outagedesk.metrics.MetricsService;

/**
 * The managers' dashboard: period and filters, headline figures, four charts with tables, each
 * incident's own figures, CSV, definitions.
 */
@Route("metrics")
@RolesAllowed({Roles.MANAGER, Roles.ADMIN, Roles.IT_STAFF})
@StyleSheet("styles/metrics.css")
public class MetricsDashboardView extends Div implements LocalizedTitle, BeforeEnterObserver {

    private final MetricsService metrics;
    private final DashboardFilters filters;
    private final Div content = new Div();
    private final Div perIncident = new Div();
    private final IncidentRows<IncidentFigures> incidentRows;
    private volatile byte[] csv = new byte[0];

    public MetricsDashboardView(MetricsService metrics, Clock clock, AuthenticationContext authentication) {
        this.metrics = metrics;
        addClassNames("view-content", "metrics-view");
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(csv), "outagedesk-metrics.csv",
                "text/csv;charset=utf-8", csv.length)), getTranslation("metrics.csv"));
        export.setId("metrics-csv");
        export.getElement().setAttribute("download", true);
        export.addClassName("metrics-link");
        RouterLink outcomes = new RouterLink(getTranslation("review-outcomes.title"), ReviewOutcomesView.class);
        outcomes.setId("metrics-review-outcomes");
        outcomes.addClassName("metrics-link");
        Anchor toIncidents = new Anchor("metrics#metrics-per-incident", getTranslation("metrics.incidents.link"));
        toIncidents.setRouterIgnore(true);
        toIncidents.setId("metrics-per-incident-link");
        toIncidents.addClassName("metrics-link");
        Div heading = new Div(new H2(getTranslation("metrics.title")), toIncidents, outcomes, export);
        heading.addClassName("view-heading");
        if (authentication.hasRole(Roles.ADMIN)) {
            heading.add(new RebuildButton(metrics, this::refresh));
        }
        filters = new DashboardFilters(clock, this::refresh);
        content.setId("metrics-content");
        incidentRows = new IncidentRows<>("metrics-incidents", getTranslation("review-outcomes.incident"),
                getTranslation("metrics.incidents.empty"), IncidentFigures::incidentId,
                incident -> incident.reference() + " · " + incident.title(),
                incident -> getTranslation("metrics.incidents.detail", incident.severity().name(),
                        BrowserTime.format(incident.impactStartedAt())),
                MetricsFormat.responseColumns(this, IncidentFigures::times));
        H3 perIncidentTitle = new H3(getTranslation("metrics.incidents.title"));
        perIncident.setId("metrics-per-incident");
        perIncident.addClassNames("chart-card", "per-incident");
        perIncident.add(perIncidentTitle, new Paragraph(getTranslation("metrics.incidents.intro")), incidentRows);
        add(heading, new Paragraph(getTranslation("metrics.intro")), filters, content, new MetricDefinitionsPanel());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filters.apply(event.getLocation().getQueryParameters().getParameters());
        refresh();
    }

    private void refresh() {
        Dashboard dashboard;
        try {
            dashboard = metrics.dashboard(filters.filter());
        } catch (MetricsException e) {
            DashboardFilters.refused(e);
            return;
        }
        content.removeAll();
        if (dashboard.incidents() == 0) {
            Div empty = new Div(getTranslation("metrics.empty"));
            empty.setId("metrics-empty");
            empty.addClassName("metrics-empty");
            content.add(empty);
        }
        content.add(new FigureTiles(dashboard, getLocale()));
        List<ChartData> charts = new DashboardCharts(this).all(dashboard);
        Div chartGrid = new Div();
        chartGrid.addClassName("chart-grid");
        charts.forEach(chart -> chartGrid.add(chart.card(getTranslation("metrics.chart.empty"))));
        content.add(chartGrid);
        incidentRows.show(metrics.incidentFigures(filters.filter()));
        content.add(perIncident);
        csv = DashboardCsv.of(headline(dashboard), charts);
    }

    private List<String> headline(Dashboard dashboard) {
        List<String> lines = new ArrayList<>();
        lines.add(DashboardCsv.line(List.of(getTranslation("metrics.filter.from"),
                BrowserTime.format(dashboard.filter().from()), getTranslation("metrics.filter.to"),
                BrowserTime.format(dashboard.filter().to()))));
        lines.add(DashboardCsv.line(List.of(getTranslation("metrics.figure.incidents"),
                String.valueOf(dashboard.incidents()), getTranslation("metrics.table.previous"),
                String.valueOf(dashboard.previousIncidents()))));
        lines.add(DashboardCsv.line(List.of(getTranslation("metrics.table.reports"),
                String.valueOf(dashboard.reports().reports()), getTranslation("metrics.table.users-affected"),
                String.valueOf(dashboard.reports().usersAffected()))));
        Dashboard.ActionItems items = dashboard.actionItems();
        lines.add(DashboardCsv.line(List.of(getTranslation("metrics.table.open"), String.valueOf(items.open()),
                getTranslation("metrics.table.overdue"), String.valueOf(items.overdue()),
                getTranslation("metrics.table.done"), String.valueOf(items.done()))));
        Dashboard.Reviews reviews = dashboard.reviews();
        lines.add(DashboardCsv.line(List.of(getTranslation("metrics.table.reviews-required"),
                String.valueOf(reviews.required()), getTranslation("metrics.table.reviews-final"),
                String.valueOf(reviews.requiredFinal()))));
        Dashboard.CauseSuggestions causes = dashboard.causeSuggestions();
        lines.add(DashboardCsv.line(List.of(getTranslation("metrics.table.cause-right"), String.valueOf(causes.right()),
                getTranslation("metrics.table.cause-wrong"), String.valueOf(causes.wrong()))));
        return lines;
    }

    /** The CSV the download link serves now. */
    byte[] csv() {
        return csv.clone();
    }

    @Override
    public String titleKey() {
        return "metrics.title";
    }

    @Override
    public String localizedTitle() {
        return getTranslation(titleKey());
    }
}
