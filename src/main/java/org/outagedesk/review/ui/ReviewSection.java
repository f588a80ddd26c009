package org.outagedesk.review.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import org.outagedesk.base.ui.Markup;
import org.outagedesk.base.ui.MarkupBlock;
import java.util.Optional;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.review.ReviewDetails;
import org.outagedesk.review.ReviewService;
import org.outagedesk.base.ui.Texts;

/** The review card on the incident page: required or not, its state, its action items, and the way in. */
class ReviewSection extends MarkupBlock {

    ReviewSection(long incidentId, ReviewService reviews, IncidentService incidents) {
        super("review-section");
        setId("incident-review-section");
        Optional<IncidentDetails> incident = incidents.find(incidentId);
        Optional<ReviewDetails> review = reviews.forIncident(incidentId);
        boolean required = incident.map(found -> ReviewService.required(found.severity())).orElse(false);
        String state = review.map(found -> Texts.t("review.section.state", ReviewUi.label(found.status()),
                found.actionItems().size(), found.actionItems().stream().filter(i -> !i.status().isFinished()).count()))
                .orElse(Texts.t(required ? "review.section.none-required" : "review.section.none-optional"));
        String path = RouteConfiguration.forSessionScope().getUrl(ReviewView.class,
                new RouteParameters("id", String.valueOf(incidentId)));
        show(new Markup().line("span", "section-title", Texts.t("review.section.title"))
                .line("p", null, state)
                .open("a", "id", "incident-review-link", "href", path)
                .text(Texts.t(review.isPresent() ? "review.section.open" : "review.section.go")).close("a"));
    }
}
