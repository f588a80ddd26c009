package org.outagedesk.metrics.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Locale;
import org.outagedesk.account.Roles;
import org.outagedesk.base.ui.BrowserTime;
import org.outagedesk.base.ui.LocalizedTitle;
import org.outagedesk.metrics.MetricsException;
import org.outagedesk.metrics.MetricsService;
import org.outagedesk.metrics.ReviewOutcome;

/**
 * Finalised reviews with their cause and how their action items are going; each links to the
 * incident, where the review's findings are read.
 */
@Route("metrics/reviews")
@RolesAllowed({Roles.MANAGER, Roles.ADMIN, Roles.IT_STAFF})
@StyleSheet("styles/metrics.css")
public class ReviewOutcomesView extends Div implements LocalizedTitle, BeforeEnterObserver {

    private final MetricsService metrics;
    private final DashboardFilters filters;
    private final Grid<ReviewOutcome> grid = new Grid<>();

    public ReviewOutcomesView(MetricsService metrics, Clock clock) {
        this.metrics = metrics;
        addClassNames("view-content", "metrics-view");
        RouterLink back = new RouterLink(getTranslation("metrics.title"), MetricsDashboardView.class);
        back.addClassName("metrics-link");
        Div heading = new Div(new H2(getTranslation("review-outcomes.title")), back);
        heading.addClassName("view-heading");
        filters = new DashboardFilters(clock, this::refresh);
        grid.setId("review-outcomes-grid");
        grid.addComponentColumn(this::incidentLink).setHeader(getTranslation("review-outcomes.incident"))
                .setFlexGrow(2);
        grid.addColumn(outcome -> outcome.severity().name()).setHeader(getTranslation("metrics.filter.severity"))
                .setAutoWidth(true);
        grid.addColumn(outcome -> getTranslation("metrics.cause." + outcome.cause().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("metrics.table.cause")).setAutoWidth(true);
        grid.addColumn(outcome -> BrowserTime.format(outcome.finalisedAt()))
                .setHeader(getTranslation("review-outcomes.finalised")).setAutoWidth(true);
        grid.addColumn(this::progress).setHeader(getTranslation("review-outcomes.action-items")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("review-outcomes.empty"));
        add(heading, new Paragraph(getTranslation("review-outcomes.intro")), filters, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filters.apply(event.getLocation().getQueryParameters().getParameters());
        refresh();
    }

    /** The incident page (the incident module's route), where the review and its findings are read. */
    private Anchor incidentLink(ReviewOutcome outcome) {
        return new Anchor("incidents/" + outcome.incidentId(), outcome.reference() + " · " + outcome.title());
    }

    private String progress(ReviewOutcome outcome) {
        if (outcome.actionItems() == 0) {
            return getTranslation("review-outcomes.no-action-items");
        }
        return getTranslation("review-outcomes.progress", outcome.actionItemsDone(), outcome.actionItems(),
                outcome.actionItemsOverdue());
    }

    private void refresh() {
        try {
            grid.setItems(metrics.reviewOutcomes(filters.filter()));
        } catch (MetricsException e) {
            DashboardFilters.refused(e);
        }
    }

    @Override
    public String titleKey() {
        return "review-outcomes.title";
    }

    @Override
    public String localizedTitle() {
        return getTranslation(titleKey());
    }
}
