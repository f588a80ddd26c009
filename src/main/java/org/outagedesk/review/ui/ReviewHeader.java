package org.outagedesk.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.outagedesk.base.ui.BrowserTime;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentLabels;
import org.outagedesk.review.ReviewDetails;
import org.outagedesk.review.ReviewService;
import org.outagedesk.base.ui.Texts;

/** The review page's heading: incident, severity, required or optional, status, export and finalise. */
class ReviewHeader extends Div {

    ReviewHeader(IncidentDetails incident, ReviewDetails review, ReviewExport export, Runnable onFinalise) {
        addClassName("review-header");
        H2 title = new H2(Texts.t("review.heading", incident.reference(), incident.title()));
        Div chips = new Div(ReviewUi.chip(Texts.t(IncidentLabels.key(incident.severity())),
                "chip-" + incident.severity().name().toLowerCase(java.util.Locale.ROOT)),
                ReviewUi.chip(Texts.t(ReviewService.required(incident.severity()) ? "review.required"
                        : "review.optional"), "chip-requirement"));
        chips.addClassName("review-chips");
        if (review != null) {
            Span status = ReviewUi.chip(ReviewUi.label(review.status()), "chip-review-" + review.status().name()
                    .toLowerCase(java.util.Locale.ROOT));
            status.setId("review-status");
            chips.add(status);
            if (review.isFinal()) {
                chips.add(new Span(Texts.t("review.finalised-by", review.finalisedByName(),
                        BrowserTime.format(review.finalisedAt()))));
            }
        }
        Div actions = new Div(incidentLink(incident));
        actions.addClassName("review-actions");
        if (review != null) {
            RouterLink print = new RouterLink(Texts.t("review.print"), ReviewPrintView.class,
                    new RouteParameters("id", String.valueOf(incident.id())));
            print.setId("review-print");
            Anchor markdown = new Anchor(export.download(incident.id(), incident.reference()),
                    Texts.t("review.markdown"));
            markdown.setId("review-markdown");
            actions.add(print, markdown);
        }
        if (onFinalise != null) {
            Button finalise = ReviewUi.withId(new Button(Texts.t("review.finalise"), VaadinIcon.LOCK.create(),
                    click -> onFinalise.run()), "review-finalise");
            finalise.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            actions.add(finalise);
        }
        add(title, chips, actions);
    }

    /** Back to the incident page (a plain link: the incident's screens are that module's own). */
    static Anchor incidentLink(IncidentDetails incident) {
        Anchor back = new Anchor("incidents/" + incident.id(), Texts.t("review.back", incident.reference()));
        back.setId("review-incident-link");
        return back;
    }
}
