package org.outagedesk.incident.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.List;
import java.util.stream.Stream;
import org.outagedesk.base.ui.VirtualLists;
import org.outagedesk.report.ReportSummary;

/**
 * The reports linked to the incident: who is affected, from where, with what. A virtual list of
 * rows under column headings on a wide screen; on a phone each row reads as a short card (incident.css).
 */
class ReportsPanel extends Div {

    /** One report; every text is a binding, so what people typed stays text. */
    private static final String ROW = """
            <div class="report-row" id="incident-report-${item.id}">
              <span class="report-who">${item.who}${item.worksNow ? html`<span class="report-works-now">${item.worksNow}</span>` : ''}</span><span class="report-where">${item.where}</span>
              <span class="report-what">${item.what}</span><span class="report-when">${item.when}</span>
            </div>""";

    private final H3 heading = new H3();
    private final Div columns = new Div();
    private final VirtualList<ReportSummary> rows = IncidentUi.withId(new VirtualList<>(), "incident-reports");
    private Div empty;

    ReportsPanel() {
        addClassNames("panel", "reports-panel");
        Stream.of("triage.column.reporter", "incident.reports.where", "triage.column.problem", "triage.column.received")
                .forEach(key -> columns.add(new Span(getTranslation(key))));
        columns.addClassNames("report-row", "report-columns");
        // Each row says it all to a screen reader; the headings are for the eye.
        columns.getElement().setAttribute("aria-hidden", "true");
        rows.addClassName("reports-list");
        VirtualLists.scrollableByKeyboard(rows, getTranslation("incident.section.reports-plain"));
        rows.setRenderer(LitRenderer.<ReportSummary>of(ROW)
                .withProperty("id", ReportSummary::id)
                .withProperty("who", ReportSummary::reporterName)
                .withProperty("where", report -> String.join(" · ", Stream.of(report.department(), report.site())
                        .filter(value -> value != null && !value.isBlank()).toList()))
                .withProperty("what", report -> IncidentUi.label(report.symptom()) + " · "
                        + IncidentUi.label(report.client()))
                .withProperty("when", report -> IncidentUi.time(report.createdAt()))
                .withProperty("worksNow", report -> report.confirmedWorking()
                        ? getTranslation("incident.reports.works-now", IncidentUi.time(report.confirmedWorkingAt()))
                        : ""));
        add(heading, columns, rows);
    }

    void show(List<ReportSummary> reports) {
        heading.setText(getTranslation("incident.section.reports", reports.size()));
        showEmpty(reports.isEmpty() ? IncidentUi.emptyState(VaadinIcon.INBOX, getTranslation("incident.reports.empty"),
                getTranslation("incident.reports.empty-hint")) : null);
        rows.setItems(reports);
    }

    void unavailable() {
        heading.setText(getTranslation("incident.section.reports-plain"));
        showEmpty(IncidentUi.emptyState(VaadinIcon.LOCK, getTranslation("incident.reports.hidden"),
                getTranslation("incident.reports.hidden-hint")));
        rows.setItems(List.of());
    }

    /** Shows an empty state instead of the rows, or the rows when null. */
    private void showEmpty(Div state) {
        if (empty != null) {
            remove(empty);
        }
        empty = state;
        if (state != null) {
            add(state);
        }
        columns.setVisible(state == null);
        rows.setVisible(state == null);
    }
}
