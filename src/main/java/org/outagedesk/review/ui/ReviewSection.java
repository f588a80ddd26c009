package org.outagedesk.review.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import java.util.Optional;
import org.outagedesk.base.ui.Texts;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.review.ReviewDetails;
import org.outagedesk.review.ReviewService;

/** The review card on the incident page: required or not, its state, its action items, and the way in. */
class ReviewSection extends Div {

    ReviewSection(long incidentId, ReviewService reviews, IncidentService incidents) {
        addClassName("review-section");
        setId("incident-review-section");
        Optional<IncidentDetails> incident = incidents.find(incidentId);
        Optional<ReviewDetails> review = reviews.forIncident(incidentId);
        boolean required = incident.map(found -> ReviewService.required(found.severity())).orElse(false);
        String state = review.map(found -> Texts.t("review.section.state", ReviewUi.label(found.status()),
                found.actionItems().size(), found.actionItems().stream().filter(i -> !i.status().isFinished()).count()))
                .orElse(Texts.t(required ? "review.section.none-required" : "review.section.none-optional"));
        String path = RouteConfiguration.forSessionScope().getUrl(ReviewView.class,
                new RouteParameters("id", String.valueOf(incidentId)));
        Span title = new Span(Texts.t("review.section.title"));
        title.addClassName("section-title");
        Anchor link = new Anchor(path, Texts.t(review.isPresent() ? "review.section.open" : "review.section.go"));
        link.setId("incident-review-link");
        add(title, new Paragraph(state), link);
    }
}
