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

/**
 * The bell in the header: unread count, live; opens the notification centre. The centre (a popover)
 * is built the first time someone presses the bell, not for every page that shows the header.
 */
@StyleSheet("styles/notification.css")
class NotificationBell extends Div {

    private final NotificationCentre centre;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span count = new Span();
    private Popover popover;
    private MarkupBlock centreBlock;

    NotificationBell(NotificationCentre centre, LiveBus bus, AuthenticationContext authentication) {
        this.centre = centre;
        addClassName("notification-bell");
        bell.setId("notification-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        bell.setAriaLabel(getTranslation("notification.centre.title"));
        // What the popover says of its target once it exists.
        bell.getElement().setAttribute("aria-haspopup", "dialog");
        bell.getElement().setAttribute("aria-expanded", "false");
        bell.addClickListener(click -> openCentre());
        count.setId("notification-count");
        count.addClassName("notification-count");
        count.getElement().setAttribute("role", "status");
        count.getElement().setAttribute("aria-live", "polite");
        add(bell, count);
        authentication.getAuthenticatedUser(SignedInUser.class).ifPresent(user -> LiveSubscription.bind(this, bus,
                NotificationCentre.topic(user.accountId()), payload -> refresh()));
        refresh();
    }

    /** The first press builds the centre and opens it; from then on the popover opens and closes itself. */
    private void openCentre() {
        if (popover != null) {
            return;
        }
        popover = new Popover();
        popover.addClassName("notification-popover");
        centreBlock = new MarkupBlock("notification-centre-block");
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
        popover.setTarget(bell);
        // Opened by the browser once the popover knows its target (both arrive in this response).
        popover.getElement().executeJs("requestAnimationFrame(() => { this.opened = true; })");
    }

    void refresh() {
        long unread = centre.unreadCount();
        count.setText(unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        String unreadText = getTranslation("notification.centre.unread", unread);
        count.getElement().setAttribute("aria-label", unreadText);
        bell.getElement().setAttribute("title", unreadText);
        if (popover != null && popover.isOpened()) {
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
