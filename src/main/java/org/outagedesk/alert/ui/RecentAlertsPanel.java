package org.outagedesk.alert.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.outagedesk.base.ui.BrowserTime;
import org.outagedesk.incident.TimelineMessage;
import org.outagedesk.incident.TimelineText;
import org.outagedesk.alert.AlertAdministration;
import org.outagedesk.alert.ReceivedAlert;

/** The latest alert notifications: when, from where, firing or resolved, what they did and the incident. */
class RecentAlertsPanel extends Div {

    private static final int SHOWN = 50;

    private final AlertAdministration administration;
    private final Grid<ReceivedAlert> grid = new Grid<>();

    RecentAlertsPanel(AlertAdministration administration) {
        this.administration = administration;
        addClassName("panel");
        grid.setId("alert-recent");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(alert -> BrowserTime.format(alert.receivedAt())).setHeader(getTranslation("alert.recent.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(alert -> alert.source() + " · " + getTranslation("alert.recent.status." + alert.status()))
                .setHeader(getTranslation("alert.recent.source")).setAutoWidth(true);
        grid.addColumn(alert -> getTranslation("alert.outcome." + alert.outcome().name()))
                .setHeader(getTranslation("alert.recent.outcome")).setAutoWidth(true);
        grid.addComponentColumn(this::incident).setHeader(getTranslation("alert.recent.incident")).setAutoWidth(true);
        TimelineText words = new TimelineText(this::getTranslation, BrowserTime::format, getLocale());
        grid.addColumn(alert -> TimelineMessage.fromJson(alert.summary()).map(words::words)
                        .orElseGet(() -> firstLine(alert.summary()))).setHeader(getTranslation("alert.recent.summary"))
                .setFlexGrow(1);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateComponent(new Span(getTranslation("alert.recent.empty")));
        Button reload = new Button(getTranslation("alert.recent.reload"), VaadinIcon.REFRESH.create(),
                click -> refresh());
        reload.setId("alert-recent-reload");
        reload.addThemeVariants(ButtonVariant.TERTIARY);
        Div head = new Div(new H3(getTranslation("alert.recent.title")), reload);
        head.addClassName("alert-recent-head");
        add(head, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(administration.recent(SHOWN));
    }

    private Component incident(ReceivedAlert alert) {
        return alert.incidentId() == null ? new Span("—")
                : new Anchor("incidents/" + alert.incidentId(), alert.incidentReference());
    }

    /** A summary logged before summaries were kept as messages: its first line, as written then. */
    private static String firstLine(String summary) {
        return summary == null ? "" : summary.lines().findFirst().orElse("");
    }
}
