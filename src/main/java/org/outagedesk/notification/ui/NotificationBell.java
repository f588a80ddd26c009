package org.outagedesk.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.outagedesk.base.SignedInUser;
import org.outagedesk.live.LiveBus;
import org.outagedesk.live.ui.LiveSubscription;
import org.outagedesk.notification.NotificationCentre;
import org.outagedesk.notification.PortalNotification;

/** The bell in the header: unread count, live; opens the notification centre. */
@StyleSheet("styles/notification.css")
class NotificationBell extends Div {

    private final NotificationCentre centre;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span count = new Span();
    private final Div list = new Div();

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
        list.setId("notification-centre");
        list.addClassName("notification-centre");
        Button markRead = new Button(getTranslation("notification.centre.mark-read"), click -> {
            centre.markAllRead();
            refresh();
        });
        markRead.setId("notification-mark-read");
        markRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Popover popover = new Popover();
        popover.setTarget(bell);
        popover.addClassName("notification-popover");
        popover.add(new Div(new Span(getTranslation("notification.centre.title")), markRead), list);
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
        showList();
    }

    private void showList() {
        list.removeAll();
        var mine = centre.mine(20);
        if (mine.isEmpty()) {
            list.add(new Paragraph(getTranslation("notification.centre.empty")));
        }
        mine.forEach(notification -> list.add(item(notification)));
    }

    private static Div item(PortalNotification notification) {
        Span subject = new Span(notification.subject());
        subject.addClassName("notification-subject");
        Span when = new Span(NotificationUi.time(notification.createdAt()));
        when.addClassName("notification-time");
        Paragraph text = new Paragraph(notification.text());
        text.addClassName("notification-text");
        Div item = new Div(subject, when, text);
        item.addClassName("notification-item");
        if (!notification.read()) {
            item.addClassName("unread");
        }
        return item;
    }
}
