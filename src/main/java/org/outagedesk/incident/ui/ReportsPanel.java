package org.outagedesk.incident.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.outagedesk.base.ui.Markup;
import org.outagedesk.base.ui.MarkupBlock;
import org.outagedesk.report.ReportSummary;

/** The reports linked to the incident: who is affected, from where, with what. */
class ReportsPanel extends Div {

    private final Grid<ReportSummary> grid = IncidentUi.withId(new Grid<>(), "incident-reports");
    private final MarkupBlock empty = new MarkupBlock("reports-empty");
    private final H3 heading = new H3();

    ReportsPanel() {
        addClassNames("panel", "reports-panel");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.addColumn(ReportSummary::reporterName).setHeader(getTranslation("triage.column.reporter")).setFlexGrow(2);
        grid.addColumn(report -> String.join(" · ", java.util.stream.Stream.of(report.department(), report.site())
                .filter(value -> value != null && !value.isBlank()).toList()))
                .setHeader(getTranslation("incident.reports.where")).setFlexGrow(2);
        grid.addColumn(report -> IncidentUi.label(report.symptom()) + " · " + IncidentUi.label(report.client()))
                .setHeader(getTranslation("triage.column.problem")).setFlexGrow(2);
        grid.addColumn(report -> IncidentUi.time(report.createdAt()))
                .setHeader(getTranslation("triage.column.received")).setFlexGrow(1);
        grid.setAllRowsVisible(true);
        add(heading, grid, empty);
    }

    void show(List<ReportSummary> reports) {
        heading.setText(getTranslation("incident.section.reports", reports.size()));
        grid.setItems(reports);
        grid.setVisible(!reports.isEmpty());
        Markup html = new Markup();
        if (reports.isEmpty()) {
            html.emptyState(VaadinIcon.INBOX, getTranslation("incident.reports.empty"),
                    getTranslation("incident.reports.empty-hint"));
        }
        empty.show(html);
    }

    void unavailable() {
        heading.setText(getTranslation("incident.section.reports-plain"));
        grid.setVisible(false);
        empty.show(new Markup().emptyState(VaadinIcon.LOCK, getTranslation("incident.reports.hidden"),
                getTranslation("incident.reports.hidden-hint")));
    }
}
