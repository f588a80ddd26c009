package org.outagedesk.incident.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.outagedesk.base.ui.Texts;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.report.MailClient;
import org.outagedesk.report.ReportFilter;
import org.outagedesk.report.ReportStatus;
import org.outagedesk.report.ReportSummary;
import org.outagedesk.report.Symptom;

/** The queue of unlinked reports, newest first, with filters and multi-select. */
class TriageQueue extends Div {

    private final Grid<ReportSummary> grid = new Grid<>();
    private final Select<Symptom> symptom = IncidentUi.withId(new Select<>(), "triage-filter-symptom");
    private final Select<MailClient> client = IncidentUi.withId(new Select<>(), "triage-filter-client");
    private final TextField department = IncidentUi.withId(new TextField(), "triage-filter-department");
    private final TextField site = IncidentUi.withId(new TextField(), "triage-filter-site");
    private final Select<Duration> since = IncidentUi.withId(new Select<>(), "triage-filter-since");
    private final Div empty = new Div();
    private final Clock clock;
    private Grid.Column<ReportSummary> detailsColumn;
    private Grid.Column<ReportSummary> startedColumn;

    TriageQueue(Clock clock, Runnable onFilterChange) {
        this.clock = clock;
        addClassName("triage-queue");
        IncidentUi.choices(symptom, "triage.filter.symptom", Symptom.values());
        symptom.setEmptySelectionAllowed(true);
        symptom.setEmptySelectionCaption(getTranslation("triage.filter.any"));
        symptom.setPlaceholder(getTranslation("triage.filter.any"));
        IncidentUi.choices(client, "triage.filter.client", MailClient.values());
        client.setEmptySelectionAllowed(true);
        client.setEmptySelectionCaption(getTranslation("triage.filter.any"));
        client.setPlaceholder(getTranslation("triage.filter.any"));
        department.setLabel(getTranslation("triage.filter.department"));
        site.setLabel(getTranslation("triage.filter.site"));
        department.setPlaceholder(getTranslation("triage.filter.any"));
        site.setPlaceholder(getTranslation("triage.filter.any"));
        for (TextField field : List.of(department, site)) {
            field.setClearButtonVisible(true);
            field.setValueChangeMode(ValueChangeMode.LAZY);
        }
        since.setLabel(getTranslation("triage.filter.since"));
        since.setItems(Duration.ofHours(1), Duration.ofHours(4), Duration.ofHours(24), Duration.ofDays(7));
        since.setItemLabelGenerator(window -> window == null ? getTranslation("triage.filter.any-time")
                : getTranslation("triage.filter.last-hours", window.toHours()));
        since.setEmptySelectionAllowed(true);
        since.setEmptySelectionCaption(getTranslation("triage.filter.any-time"));
        symptom.addValueChangeListener(event -> onFilterChange.run());
        client.addValueChangeListener(event -> onFilterChange.run());
        department.addValueChangeListener(event -> onFilterChange.run());
        site.addValueChangeListener(event -> onFilterChange.run());
        since.addValueChangeListener(event -> onFilterChange.run());
        Div filters = new Div(symptom, client, department, site, since);
        filters.addClassName("filter-bar");

        grid.setId("triage-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(report -> IncidentUi.age(report.createdAt(), clock.instant()))
                .setHeader(getTranslation("triage.column.received")).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(TriageQueue::reporter))
                .setHeader(getTranslation("triage.column.reporter")).setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(TriageQueue::problem))
                .setHeader(getTranslation("triage.column.problem")).setFlexGrow(2);
        detailsColumn = grid.addColumn(TriageQueue::details)
                .setHeader(getTranslation("triage.column.details")).setFlexGrow(3);
        startedColumn = grid.addColumn(report -> IncidentUi.time(report.startedAt()))
                .setHeader(getTranslation("triage.column.started")).setFlexGrow(1);
        grid.setHeight("30rem");
        empty.addClassName("queue-empty");
        add(filters, grid, empty);
    }

    ReportFilter filter() {
        Instant from = since.getValue() == null ? null : clock.instant().minus(since.getValue());
        return new ReportFilter(symptom.getValue(), client.getValue(), blankToNull(department.getValue()),
                blankToNull(site.getValue()), from);
    }

    void show(List<ReportSummary> reports) {
        Set<Long> selected = selected().stream().map(ReportSummary::id).collect(java.util.stream.Collectors.toSet());
        grid.setItems(reports);
        reports.stream().filter(report -> selected.contains(report.id())).forEach(grid::select);
        empty.removeAll();
        empty.setVisible(reports.isEmpty());
        grid.setVisible(!reports.isEmpty());
        if (reports.isEmpty()) {
            empty.add(IncidentUi.emptyState(VaadinIcon.INBOX, getTranslation("triage.queue.empty"),
                    getTranslation("triage.queue.empty-hint")));
        }
    }

    Grid<ReportSummary> grid() {
        return grid;
    }

    Set<ReportSummary> selected() {
        return grid.getSelectedItems();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        ExtendedClientDetails details = attach.getUI().getPage().getExtendedClientDetails();
        boolean narrow = details != null && details.getWindowInnerWidth() > 0 && details.getWindowInnerWidth() < 760;
        detailsColumn.setVisible(!narrow);
        startedColumn.setVisible(!narrow);
    }

    private static Div reporter(ReportSummary report) {
        Span name = new Span(report.reporterName());
        name.addClassName("cell-main");
        String where = String.join(" · ", java.util.stream.Stream.of(report.department(), report.site())
                .filter(value -> value != null && !value.isBlank()).toList());
        Span place = new Span(where);
        place.addClassName("cell-sub");
        return new Div(name, place);
    }

    private static Div problem(ReportSummary report) {
        Span symptom = new Span(IncidentUi.label(report.symptom()));
        symptom.addClassName("cell-main");
        Span client = new Span(IncidentUi.label(report.client()));
        client.addClassName("cell-sub");
        Div cell = new Div(symptom, client);
        if (cameBack(report)) {
            cell.add(cameBackChip(report));
        }
        return cell;
    }

    /** A report back in the queue while it keeps its incident: the reporter said "still broken" after resolution. */
    static boolean cameBack(ReportSummary report) {
        return report.status() == ReportStatus.RECEIVED && report.incidentId() != null;
    }

    /** "Still broken after INC-12", the reference a link to that incident. */
    private static Div cameBackChip(ReportSummary report) {
        RouterLink incident = new RouterLink(IncidentDetails.referenceOf(report.incidentId()), IncidentView.class,
                new RouteParameters("id", String.valueOf(report.incidentId())));
        incident.setId("triage-came-back-link-" + report.id());
        Div chip = IncidentUi.withId(new Div(VaadinIcon.ROTATE_LEFT.create(),
                new Span(Texts.t("triage.came-back")), incident), "triage-came-back-" + report.id());
        chip.addClassNames("od-chip", "came-back-chip");
        return chip;
    }

    private static String details(ReportSummary report) {
        String text = report.errorText() != null && !report.errorText().isBlank() ? report.errorText()
                : report.description();
        if (text == null) {
            return "";
        }
        return text.length() > 140 ? text.substring(0, 139) + "…" : text;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
