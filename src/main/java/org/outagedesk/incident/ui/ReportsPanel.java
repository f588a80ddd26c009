package org.outagedesk.incident.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.stream.Stream;
import org.outagedesk.base.ui.Markup;
import org.outagedesk.base.ui.MarkupBlock;
import org.outagedesk.report.ReportSummary;

/**
 * The reports linked to the incident: who is affected, from where, with what. Only read here, so
 * the browser draws the heading and the table from one block.
 */
class ReportsPanel extends MarkupBlock {

    ReportsPanel() {
        super("panel reports-panel");
    }

    void show(List<ReportSummary> reports) {
        show(() -> draw(reports));
    }

    private Markup draw(List<ReportSummary> reports) {
        Markup html = new Markup().line("h3", null, getTranslation("incident.section.reports", reports.size()));
        if (reports.isEmpty()) {
            return html.emptyState(VaadinIcon.INBOX, getTranslation("incident.reports.empty"),
                    getTranslation("incident.reports.empty-hint"));
        }
        html.open("div", "class", "reports-table-scroll").open("table", "id", "incident-reports", "class", "reports-table")
                .open("thead").open("tr");
        Stream.of("triage.column.reporter", "incident.reports.where", "triage.column.problem", "triage.column.received")
                .forEach(key -> html.open("th", "scope", "col").text(getTranslation(key)).close("th"));
        html.close("tr").close("thead").open("tbody");
        reports.forEach(report -> html.open("tr", "id", "incident-report-" + report.id())
                .open("td").text(report.reporterName()).close("td")
                .open("td").text(String.join(" · ", Stream.of(report.department(), report.site())
                        .filter(value -> value != null && !value.isBlank()).toList())).close("td")
                .open("td").text(IncidentUi.label(report.symptom()) + " · " + IncidentUi.label(report.client()))
                .close("td")
                .open("td").text(IncidentUi.time(report.createdAt())).close("td")
                .close("tr"));
        return html.close("tbody").close("table").close("div");
    }

    void unavailable() {
        show(new Markup().line("h3", null, getTranslation("incident.section.reports-plain"))
                .emptyState(VaadinIcon.LOCK, getTranslation("incident.reports.hidden"),
                        getTranslation("incident.reports.hidden-hint")));
    }
}
