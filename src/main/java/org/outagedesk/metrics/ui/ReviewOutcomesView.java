package org.outagedesk.metrics.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.outagedesk.account.Roles;
import org.outagedesk.base.ui.BrowserTime;
import org.outagedesk.base.ui.LocalizedTitle;
import org.outagedesk.metrics.MetricsException;
import org.outagedesk.metrics.MetricsService;
import org.outagedesk.metrics.ReviewOutcome;

/**
 * Finalised reviews with their cause, how their action items are going and the incident's own
 * response times; each links to the incident, where the review's findings are read.
 */
@Route("metrics/reviews")
@RolesAllowed({Roles.MANAGER, Roles.ADMIN, Roles.IT_STAFF})
@StyleSheet("styles/metrics.css")
public class ReviewOutcomesView extends Div implements LocalizedTitle, BeforeEnterObserver {

    private final MetricsService metrics;
    private final DashboardFilters filters;
    private final IncidentRows<ReviewOutcome> rows;

    public ReviewOutcomesView(MetricsService metrics, Clock clock) {
        this.metrics = metrics;
        addClassNames("view-content", "metrics-view");
        RouterLink back = new RouterLink(getTranslation("metrics.title"), MetricsDashboardView.class);
        back.addClassName("metrics-link");
        Div heading = new Div(new H2(getTranslation("review-outcomes.title")), back);
        heading.addClassName("view-heading");
        filters = new DashboardFilters(clock, this::refresh);
        List<IncidentRows.Column<ReviewOutcome>> columns = new ArrayList<>(List.of(
                new IncidentRows.Column<>(getTranslation("metrics.table.cause"), "9rem", true, outcome -> getTranslation(
                        "metrics.cause." + outcome.cause().name().toLowerCase(Locale.ROOT))),
                new IncidentRows.Column<>(getTranslation("review-outcomes.action-items"), "10rem", true,
                        this::progress)));
        columns.addAll(MetricsFormat.responseColumns(this, ReviewOutcome::times));
        rows = new IncidentRows<>("review-outcomes", getTranslation("review-outcomes.incident"),
                getTranslation("review-outcomes.empty"), ReviewOutcome::incidentId,
                outcome -> outcome.reference() + " · " + outcome.title(),
                outcome -> getTranslation("review-outcomes.detail", outcome.severity().name(),
                        BrowserTime.format(outcome.finalisedAt())), columns);
        add(heading, new Paragraph(getTranslation("review-outcomes.intro")), filters, rows);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filters.apply(event.getLocation().getQueryParameters().getParameters());
        refresh();
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
            rows.show(metrics.reviewOutcomes(filters.filter()));
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
