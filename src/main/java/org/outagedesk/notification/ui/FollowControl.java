package org.outagedesk.notification.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.outagedesk.base.ui.Markup;
import org.outagedesk.base.ui.MarkupBlock;
import org.outagedesk.notification.Subscriptions;

/**
 * "Follow this incident" / "Stop following" for the signed-in person, with a line saying what
 * following brings. Reads the state from the service after every click.
 */
@StyleSheet("styles/notification.css")
class FollowControl extends MarkupBlock {

    private final long incidentId;
    private final Subscriptions subscriptions;
    private final String id;

    FollowControl(long incidentId, Subscriptions subscriptions, String id) {
        super("follow-control");
        this.incidentId = incidentId;
        this.subscriptions = subscriptions;
        this.id = id;
        onAction(action -> toggle());
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
        focusButton(TOGGLE);
    }

    private static final String TOGGLE = "toggle";

    private void show(boolean following) {
        show(new Markup().button(id, TOGGLE, "small", following ? VaadinIcon.BELL_SLASH : VaadinIcon.BELL_O,
                        getTranslation(following ? "notification.follow.stop" : "notification.follow.start"),
                        "aria-pressed", String.valueOf(following))
                .line("span", "follow-hint",
                        getTranslation(following ? "notification.follow.following-hint" : "notification.follow.hint")));
    }
}
