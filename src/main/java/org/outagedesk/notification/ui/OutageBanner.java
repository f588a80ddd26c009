package org.outagedesk.notification.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.outagedesk.base.SignedInUser;
import org.outagedesk.base.ui.Markup;
import org.outagedesk.base.ui.MarkupBlock;
import org.outagedesk.live.LiveBus;
import org.outagedesk.live.ui.LiveSubscription;
import org.outagedesk.notification.NotificationCentre;
import org.outagedesk.notification.PortalNotification;

/** A banner on every page while an outage the person reported, joined or follows is open; live. */
@StyleSheet("styles/notification.css")
class OutageBanner extends MarkupBlock {

    private final NotificationCentre centre;

    OutageBanner(NotificationCentre centre, LiveBus bus, AuthenticationContext authentication) {
        super("outage-banner");
        this.centre = centre;
        setId("outage-banner");
        authentication.getAuthenticatedUser(SignedInUser.class).ifPresent(user -> LiveSubscription.bind(this, bus,
                NotificationCentre.topic(user.accountId()), payload -> refresh()));
        refresh();
    }

    void refresh() {
        PortalNotification latest = centre.banner().orElse(null);
        setVisible(latest != null);
        if (latest != null) {
            String body = latest.text().strip();
            // The message itself, after the "Status: ..." line the text starts with.
            int paragraph = body.indexOf("\n\n");
            show(new Markup().icon(VaadinIcon.EXCLAMATION_CIRCLE_O, null)
                    .open("span", "id", "outage-banner-subject", "class", "outage-banner-subject")
                    .text(latest.subject()).close("span")
                    .open("span", "id", "outage-banner-text", "class", "outage-banner-text")
                    .text(paragraph > 0 ? body.substring(paragraph + 2).replace("\n", " ") : body).close("span")
                    .open("a", "href", "/status", "router-ignore", "", "class", "outage-banner-link")
                    .text(getTranslation("notification.mail.status-page")).close("a"));
        }
    }
}
