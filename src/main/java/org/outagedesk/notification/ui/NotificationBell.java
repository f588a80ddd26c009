package org.outagedesk.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.outagedesk.base.SignedInUser;
import org.outagedesk.base.ui.Markup;
import org.outagedesk.base.ui.MarkupBlock;
import org.outagedesk.live.LiveBus;
import org.outagedesk.live.ui.LiveSubscription;
import org.outagedesk.notification.NotificationCentre;

/** The bell in the header: unread count, live; opens the notification centre. */
@StyleSheet("styles/notification.css")
class NotificationBell extends Div {

    private final NotificationCentre centre;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span count = new Span();
    private final Popover popover = new Popover();
    private final MarkupBlock centreBlock = new MarkupBlock("notification-centre-block");

    NotificationBell(NotificationCentre centre, LiveBus bus, AuthenticationContext authentication) {
        this.centre = centre;
        addClassName("notification-bell");
        bell.setId("notification-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        bell.setAriaLabel(getTranslation("notification.centre.title"));
        count.setId("notification-count");
        count.addClassName("notification-count");
        count.getElement().setAttribute("role", "status");
        count.getElement().setAttribute("aria-live", "polite");
        add(bell, count);
        popover.setTarget(bell);
        popover.addClassName("notification-popover");
        centreBlock.show(head());
        popover.add(centreBlock);
        centreBlock.onAction(action -> {
            centre.markAllRead();
            refresh();
        });
        // The list is read when someone opens it, and kept fresh only while it is open.
        popover.addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                showList();
            }
        });
        authentication.getAuthenticatedUser(SignedInUser.class).ifPresent(user -> LiveSubscription.bind(this, bus,
                NotificationCentre.topic(user.accountId()), payload -> refresh()));
        refresh();
    }

    void refresh() {
        long unread = centre.unreadCount();
        count.setText(unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        count.getElement().setAttribute("aria-label", getTranslation("notification.centre.unread", unread));
        bell.setTooltipText(getTranslation("notification.centre.unread", unread));
        if (popover.isOpened()) {
            showList();
        }
    }

    private void showList() {
        Markup html = head().open("div", "id", "notification-centre", "class", "notification-centre");
        var mine = centre.mine(20);
        if (mine.isEmpty()) {
            html.line("p", null, getTranslation("notification.centre.empty"));
        }
        mine.forEach(notification -> html.open("div", "class",
                        "notification-item" + (notification.read() ? "" : " unread"))
                .line("span", "notification-subject", notification.subject())
                .line("span", "notification-time", NotificationUi.time(notification.createdAt()))
                .line("p", "notification-text", notification.text())
                .close("div"));
        centreBlock.show(html.close("div"));
    }

    /** The centre's title and "mark all read"; the list follows when it has been read. */
    private Markup head() {
        return new Markup().open("div", "class", "notification-centre-head")
                .open("span").text(getTranslation("notification.centre.title")).close("span")
                .button("notification-mark-read", "mark-read", "tertiary small", null,
                        getTranslation("notification.centre.mark-read"))
                .close("div");
    }
}
