package org.outagedesk.notification.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
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
        Icon icon = VaadinIcon.EXCLAMATION_CIRCLE_O.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        subject.setId("outage-banner-subject");
        subject.addClassName("outage-banner-subject");
        text.setId("outage-banner-text");
        text.addClassName("outage-banner-text");
        Anchor statusPage = new Anchor("/status", getTranslation("notification.mail.status-page"));
        statusPage.setRouterIgnore(true);
        statusPage.addClassName("outage-banner-link");
        add(icon, subject, text, statusPage);
        authentication.getAuthenticatedUser(SignedInUser.class).ifPresent(user -> LiveSubscription.bind(this, bus,
                NotificationCentre.topic(user.accountId()), payload -> refresh()));
        refresh();
    }

    /** Reads the newest notice about an open outage, in this page's language and its reader's zone. */
    void refresh() {
        PortalNotification latest = centre.banner(getLocale(), NotificationUi.zone()).orElse(null);
        setVisible(latest != null);
        if (latest != null) {
            subject.setText(latest.subject());
            text.setText(latest.brief());
        }
    }
}
