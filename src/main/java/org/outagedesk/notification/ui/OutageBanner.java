package org.outagedesk.notification.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.outagedesk.base.SignedInUser;
import org.outagedesk.live.LiveBus;
import org.outagedesk.live.ui.LiveSubscription;
import org.outagedesk.notification.NotificationCentre;
import org.outagedesk.notification.PortalNotification;

/** A banner on every page while an outage the person reported, joined or follows is open; live. */
@StyleSheet("styles/notification.css")
class OutageBanner extends Div {

    private final NotificationCentre centre;
    private final Span subject = new Span();
    private final Span text = new Span();

    OutageBanner(NotificationCentre centre, LiveBus bus, AuthenticationContext authentication) {
        this.centre = centre;
        setId("outage-banner");
        addClassName("outage-banner");
        subject.addClassName("outage-banner-subject");
        subject.setId("outage-banner-subject");
        text.addClassName("outage-banner-text");
        text.setId("outage-banner-text");
        Anchor status = new Anchor("/status", getTranslation("notification.mail.status-page"));
        status.setRouterIgnore(true);
        status.addClassName("outage-banner-link");
        add(VaadinIcon.EXCLAMATION_CIRCLE_O.create(), subject, text, status);
        authentication.getAuthenticatedUser(SignedInUser.class).ifPresent(user -> LiveSubscription.bind(this, bus,
                NotificationCentre.topic(user.accountId()), payload -> refresh()));
        refresh();
    }

    void refresh() {
        PortalNotification latest = centre.banner().orElse(null);
        setVisible(latest != null);
        if (latest != null) {
            subject.setText(latest.subject());
            String body = latest.text().strip();
            // The message itself, after the "Status: ..." line the text starts with.
            int paragraph = body.indexOf("\n\n");
            text.setText(paragraph > 0 ? body.substring(paragraph + 2).replace("\n", " ") : body);
        }
    }
}
