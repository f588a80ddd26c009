package org.outagedesk.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.outagedesk.account.Roles;
import org.outagedesk.base.ui.LocalizedTitle;
import org.outagedesk.base.ui.BrowserTime;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentLabels;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.review.ActionItem;
import org.outagedesk.review.ReviewAnswers;
import org.outagedesk.review.ReviewDetails;
import org.outagedesk.review.ReviewService;
import org.outagedesk.base.ui.Texts;

/** The review as a clean page to print or save as PDF: no navigation, print styles, every answer in order. */
@Route(value = "incidents/:id/review/print", autoLayout = false)
@RolesAllowed({Roles.IT_STAFF, Roles.MANAGER})
@StyleSheet("styles/review.css")
public class ReviewPrintView extends Div implements LocalizedTitle, BeforeEnterObserver {

    private final ReviewService reviews;
    private final IncidentService incidents;
    private String reference;

    public ReviewPrintView(ReviewService reviews, IncidentService incidents) {
        this.reviews = reviews;
        this.incidents = incidents;
        addClassName("review-print");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Long> id = event.getRouteParameters().get("id").filter(value -> value.matches("\\d{1,18}"))
                .map(Long::parseLong);
        Optional<IncidentDetails> incident = id.flatMap(incidents::find);
        Optional<ReviewDetails> review = id.flatMap(reviews::forIncident);
        if (incident.isEmpty() || review.isEmpty()) {
            add(ReviewUi.emptyState(VaadinIcon.SEARCH, Texts.t("review.not-found"),
                    Texts.t("review.not-found-hint")));
            return;
        }
        reference = incident.get().reference();
        render(incident.get(), review.get());
    }

    private void render(IncidentDetails incident, ReviewDetails review) {
        Button print = new Button(Texts.t("review.print.now"), VaadinIcon.PRINT.create(),
                click -> getElement().executeJs("window.print()"));
        print.setId("review-print-now");
        print.addClassName("no-print");
        add(print, new H1(Texts.t("review.heading", incident.reference(), incident.title())));
        add(new Paragraph(Texts.t(IncidentLabels.key(incident.severity())) + " · " + ReviewUi.label(review.status())
                + (review.isFinal() ? " · " + Texts.t("review.finalised-by", review.finalisedByName(),
                        BrowserTime.format(review.finalisedAt())) : "")));
        add(ReviewAside.times(incident));
        ReviewAnswers answers = review.answers().withTimes(BrowserTime::format);
        section("review.q.what-happened", answers.whatHappened());
        section("review.q.root-cause", answers.rootCause());
        section("review.q.contributing-factors", answers.contributingFactors());
        section("review.q.cause", ReviewUi.label(answers.cause()));
        section("review.q.response", answers.responseAssessment());
        section("review.q.went-well", answers.wentWell());
        section("review.q.to-improve", answers.toImprove());
        section("review.q.prevention", answers.prevention());
        add(new H2(Texts.t("review.actions.title")));
        UnorderedList items = new UnorderedList();
        for (ActionItem item : review.actionItems()) {
            items.add(new ListItem(item.title() + " — " + item.ownerName() + " · " + item.dueDate() + " · "
                    + ReviewUi.label(item.priority()) + " · " + ReviewUi.label(item.status())));
        }
        add(review.actionItems().isEmpty() ? new Paragraph("—") : items);
        add(new H2(Texts.t("review.participants")), new Paragraph(String.join(", ",
                review.participants().stream().map(person -> person.name()).toList())));
    }

    private void section(String questionKey, String text) {
        Paragraph body = new Paragraph(text == null ? "—" : text);
        body.addClassName("review-print-text");
        add(new H2(Texts.t(questionKey)), body);
    }

    @Override
    public String titleKey() {
        return "review.title";
    }

    @Override
    public String localizedTitle() {
        return reference == null ? Texts.t("review.title") : Texts.t("review.title") + " · " + reference;
    }
}
