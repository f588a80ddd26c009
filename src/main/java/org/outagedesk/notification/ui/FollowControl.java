package org.outagedesk.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.outagedesk.notification.Subscriptions;

/**
 * "Follow this incident" / "Stop following" for the signed-in person, with a line saying what
 * following brings. Reads the state from the service after every click.
 */
@StyleSheet("styles/notification.css")
class FollowControl extends Div {

    private final long incidentId;
    private final Subscriptions subscriptions;
    private final Button toggle = new Button();
    private final Span hint = new Span();
    private final boolean offerFollow;

    /**
     * {@code offerFollow} false for an incident that is over: someone who follows it may stop, nobody
     * starts (a closed incident's page offers neither).
     */
    FollowControl(long incidentId, Subscriptions subscriptions, String id, boolean offerFollow) {
        this.incidentId = incidentId;
        this.subscriptions = subscriptions;
        this.offerFollow = offerFollow;
        addClassName("follow-control");
        toggle.setId(id);
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
        toggle.addClickListener(click -> toggle());
        hint.addClassName("follow-hint");
        add(toggle, hint);
        show(subscriptions.following(incidentId));
    }

    private void toggle() {
        boolean following = subscriptions.following(incidentId);
        boolean done = NotificationUi.attempt(() -> {
            if (following) {
                subscriptions.unfollow(incidentId);
            } else {
                subscriptions.follow(incidentId);
            }
        });
        if (done) {
            NotificationUi.show(getTranslation(following ? "notification.follow.stopped" : "notification.follow.started"),
                    NotificationVariant.LUMO_SUCCESS);
        }
        show(subscriptions.following(incidentId));
    }

    /** The same button changes its words and icon, so the keyboard focus stays on it. */
    private void show(boolean following) {
        setVisible(following || offerFollow);
        toggle.setText(getTranslation(following ? "notification.follow.stop" : "notification.follow.start"));
        toggle.setIcon((following ? VaadinIcon.BELL_SLASH : VaadinIcon.BELL_O).create());
        toggle.getElement().setAttribute("aria-pressed", String.valueOf(following));
        hint.setText(getTranslation(following ? "notification.follow.following-hint" : "notification.follow.hint"));
    }
}
