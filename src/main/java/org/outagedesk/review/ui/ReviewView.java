package org.outagedesk.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.outagedesk.account.Roles;
import org.outagedesk.base.SignedInUser;
import org.outagedesk.base.ui.LocalizedTitle;
import org.outagedesk.incident.IncidentDetails;
import org.outagedesk.incident.IncidentRoles;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.IncidentState;
import org.outagedesk.incident.RoleHolder;
import org.outagedesk.review.ActionItemService;
import org.outagedesk.review.ReviewDetails;
import org.outagedesk.review.ReviewService;
import org.outagedesk.base.ui.Texts;

/** The review of one incident: its questions beside the timeline and measured times, action items, comments. */
@Route("incidents/:id/review")
@RolesAllowed({Roles.IT_STAFF, Roles.MANAGER})
@StyleSheet("styles/review.css")
public class ReviewView extends Div implements LocalizedTitle, BeforeEnterObserver {

    private final ReviewService reviews;
    private final ActionItemService actionItems;
    private final IncidentService incidents;
    private final ReviewExport export;
    private final SignedInUser me;
    private final boolean staff;
    private IncidentDetails incident;
    private ReviewDetails review;
    private ReviewForm form;

    public ReviewView(ReviewService reviews, ActionItemService actionItems, IncidentService incidents,
            ReviewExport export, AuthenticationContext authentication) {
        this.reviews = reviews;
        this.actionItems = actionItems;
        this.incidents = incidents;
        this.export = export;
        this.me = authentication.getAuthenticatedUser(SignedInUser.class).orElseThrow();
        this.staff = authentication.hasRole(Roles.IT_STAFF);
        addClassNames("view-content", "review-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<IncidentDetails> found = event.getRouteParameters().get("id").filter(id -> id.matches("\\d{1,18}"))
                .flatMap(id -> incidents.find(Long.parseLong(id)));
        removeAll();
        if (found.isEmpty()) {
            add(ReviewUi.emptyState(VaadinIcon.SEARCH, Texts.t("review.not-found"),
                    Texts.t("review.not-found-hint")));
            return;
        }
        incident = found.get();
        reload();
    }

    void reload() {
        incident = incidents.find(incident.id()).orElse(incident);
        review = reviews.forIncident(incident.id()).orElse(null);
        removeAll();
        add(new ReviewHeader(incident, review, export, canFinalise() ? this::confirmFinalise : null));
        if (review == null) {
            add(startPanel());
            return;
        }
        boolean editable = staff && !review.isFinal();
        form = new ReviewForm(answers -> {
            if (ReviewUi.attempt(() -> reviews.save(review.id(), review.version(), answers)) != null) {
                ReviewUi.success(Texts.t("review.saved"));
            }
            reload();
        });
        form.show(review.answers(), editable);
        ReviewActionItems items = new ReviewActionItems(review, actionItems, staff, this::reload);
        boolean canComment = review.hasParticipant(me.accountId());
        ReviewComments comments = new ReviewComments(review, canComment, text -> {
            boolean done = ReviewUi.attempt(() -> reviews.comment(review.id(), text)) != null;
            reload();
            return done;
        });
        Div main = new Div(form, items, comments);
        main.addClassName("review-main");
        Div columns = new Div(main, new ReviewAside(incident, incidents.timeline(incident.id()), form::quote,
                editable));
        columns.addClassName("review-columns");
        add(columns);
    }

    private boolean canFinalise() {
        RoleHolder commander = incident.role(IncidentRoles.COMMANDER);
        return staff && review != null && !review.isFinal() && commander != null
                && commander.accountId() == me.accountId();
    }

    private Div startPanel() {
        boolean reviewable = incident.state() == IncidentState.RESOLVED || incident.state() == IncidentState.CLOSED;
        Div empty = ReviewUi.emptyState(VaadinIcon.CLIPBOARD_TEXT, Texts.t("review.none"),
                Texts.t(!reviewable ? "review.none-hint-unresolved"
                        : staff ? "review.none-hint" : "review.none-hint-manager"));
        if (staff && reviewable) {
            Select<String> language = ReviewUi.withId(new Select<>(), "review-language");
            language.setLabel(Texts.t("review.language"));
            language.setItems("es", "en");
            language.setItemLabelGenerator(code -> Texts.t("review.language." + code));
            language.setValue(getLocale() != null && "en".equals(getLocale().getLanguage()) ? "en" : "es");
            Button start = ReviewUi.withId(new Button(Texts.t("review.start"), VaadinIcon.PLAY.create(),
                    click -> {
                        if (ReviewUi.attempt(() -> reviews.start(incident.id(), language.getValue())) != null) {
                            ReviewUi.success(Texts.t("review.started"));
                        }
                        reload();
                    }), "review-start");
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Div controls = new Div(language, start);
            controls.addClassName("review-start");
            empty.add(controls);
        }
        empty.add(ReviewHeader.incidentLink(incident));
        return empty;
    }

    private void confirmFinalise() {
        ConfirmDialog confirm = new ConfirmDialog(Texts.t("review.finalise.title"),
                Texts.t(incident.state() == IncidentState.RESOLVED ? "review.finalise.text-close"
                        : "review.finalise.text"), Texts.t("review.finalise"), event -> finalise());
        confirm.setId("review-finalise-confirm");
        confirm.setCancelable(true);
        confirm.setCancelText(Texts.t("review.cancel"));
        confirm.open();
    }

    private void finalise() {
        ReviewDetails saved = ReviewUi.attempt(() -> reviews.save(review.id(), review.version(), form.answers()));
        if (saved != null && ReviewUi.attempt(() -> reviews.finalise(saved.id(), saved.version())) != null) {
            ReviewUi.success(Texts.t("review.finalised"));
        }
        reload();
    }

    @Override
    public String titleKey() {
        return "review.title";
    }

    @Override
    public String localizedTitle() {
        return incident == null ? Texts.t("review.title") : Texts.t("review.title") + " · " + incident.reference();
    }
}
