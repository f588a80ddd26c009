package org.outagedesk.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import org.outagedesk.base.SignedInUser;
import org.outagedesk.base.ui.VirtualLists;
import org.outagedesk.live.LiveBus;
import org.outagedesk.live.ui.LiveSubscription;
import org.outagedesk.notification.NotificationCentre;
import org.outagedesk.notification.PortalNotification;

/**
 * The bell in the header: unread count, live; opens the notification centre. The centre (a popover)
 * is built the first time someone presses the bell, not for every page that shows the header.
 */
@StyleSheet("styles/notification.css")
class NotificationBell extends Div {

    private final NotificationCentre centre;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final Span count = new Span();
    private final VirtualList<PortalNotification> list = centreList();
    private final Paragraph empty = new Paragraph();
    private Popover popover;

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
        empty.setText(getTranslation("notification.centre.empty"));
        empty.setId("notification-centre-empty");
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
        popover.add(head(), list, empty);
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

    /** The notifications in this page's language and its reader's zone, rendered now. */
    private void showList() {
        List<PortalNotification> mine = centre.mine(20, getLocale(), NotificationUi.zone());
        list.setItems(mine);
        VirtualLists.shown(list, !mine.isEmpty());
        empty.setVisible(mine.isEmpty());
    }

    /** The newest notifications; the template goes to the browser once, then only their texts travel. */
    private VirtualList<PortalNotification> centreList() {
        VirtualList<PortalNotification> list = new VirtualList<>();
        list.setId("notification-centre");
        list.addClassName("notification-centre");
        list.setRenderer(LitRenderer.<PortalNotification>of("""
                <div class="notification-item ${item.read ? '' : 'unread'}">
                  <span class="notification-subject">${item.subject}</span>
                  <span class="notification-time">${item.time}</span>
                  <p class="notification-text">${item.text}</p>
                  ${item.link ? html`<a class="notification-link" href="${item.link}">${item.open}</a>` : ''}
                </div>""")
                .withProperty("read", PortalNotification::read)
                .withProperty("subject", PortalNotification::subject)
                .withProperty("time", notification -> NotificationUi.time(notification.createdAt()))
                .withProperty("text", PortalNotification::text)
                .withProperty("link", notification -> notification.link() == null ? "" : notification.link())
                .withProperty("open", notification -> getTranslation("notification.centre.open")));
        return list;
    }

    /** The centre's title and "mark all read". */
    private Div head() {
        Button markRead = new Button(getTranslation("notification.centre.mark-read"), click -> {
            centre.markAllRead();
            refresh();
        });
        markRead.setId("notification-mark-read");
        markRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Div head = new Div(new Span(getTranslation("notification.centre.title")), markRead);
        head.addClassName("notification-centre-head");
        return head;
    }
}
