package org.outagedesk.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Locale;
import java.util.function.Supplier;
import org.outagedesk.base.UserFacingException;
import org.outagedesk.review.ActionItemPriority;
import org.outagedesk.review.ActionItemStatus;
import org.outagedesk.review.CauseCategory;
import org.outagedesk.review.ReviewStatus;
import org.outagedesk.base.ui.Texts;

/** Small pieces the review screens share: labels, chips, notifications, refusals, empty states. */
final class ReviewUi {

    private ReviewUi() {}

    static String label(CauseCategory cause) {
        return cause == null ? "—" : Texts.t("review.cause." + cause.name());
    }

    static String label(ActionItemStatus status) {
        return Texts.t("review.action-status." + status.name());
    }

    static String label(ActionItemPriority priority) {
        return Texts.t("review.priority." + priority.name());
    }

    static String label(ReviewStatus status) {
        return Texts.t("review.status." + status.name());
    }

    static Span chip(String text, String className) {
        Span chip = new Span(text);
        chip.addClassNames("review-chip", className);
        return chip;
    }

    static Span statusChip(ActionItemStatus status, boolean overdue) {
        return chip(overdue ? Texts.t("review.action.overdue") : label(status),
                overdue ? "chip-overdue" : "chip-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    static <T extends Component> T withId(T component, String id) {
        component.setId(id);
        return component;
    }

    static void success(String text) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static void problem(String text) {
        Notification.show(text, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** Runs a change; a refusal is shown in the person's language. Returns the result, or null when refused. */
    static <T> T attempt(Supplier<T> change) {
        try {
            return change.get();
        } catch (UserFacingException e) {
            problem(Texts.t(e.messageKey(), e.arguments()));
            return null;
        }
    }

    static Div emptyState(VaadinIcon icon, String title, String hint) {
        Span heading = new Span(title);
        heading.addClassName("empty-title");
        Div empty = new Div(icon.create(), heading, new Paragraph(hint));
        empty.addClassName("empty-state");
        return empty;
    }
}
