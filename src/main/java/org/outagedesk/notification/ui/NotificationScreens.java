package org.outagedesk.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.function.LongFunction;
import org.outagedesk.account.Roles;
import org.outagedesk.base.ui.HeaderWidget;
import org.outagedesk.base.ui.NavigationEntry;
import org.outagedesk.base.ui.PageSection;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.incident.IncidentState;
import org.outagedesk.incident.StatusUpdateService;
import org.outagedesk.live.LiveBus;
import org.outagedesk.notification.Deliveries;
import org.outagedesk.notification.NotificationCentre;
import org.outagedesk.notification.Subscriptions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * What the notification module adds to other screens: the incident page's updates, "follow" on the
 * incident page and on known-outage cards, the bell, the banner, a menu item.
 */
@Configuration(proxyBeanMethods = false)
class NotificationScreens {

    @Bean
    @Order(20)
    PageSection statusUpdatesSection(IncidentService incidents, StatusUpdateService updates, Deliveries deliveries,
            LiveBus bus, AuthenticationContext authentication) {
        return new PageSection() {
            @Override
            public String page() {
                return PageSection.INCIDENT;
            }

            @Override
            public Component create(long id) {
                return new StatusUpdatesPanel(id, incidents, updates, deliveries, bus,
                        authentication.hasRole(Roles.IT_STAFF));
            }
        };
    }

    @Bean
    @Order(5)
    PageSection followOnIncidentPage(Subscriptions subscriptions, IncidentService incidents) {
        // Following is offered while the incident is open; once resolved only stopping; a closed one offers nothing.
        return follow(PageSection.INCIDENT, subscriptions, id -> "incident-follow", id -> incidents.find(id)
                .map(incident -> incident.open() ? Offer.FOLLOW : incident.state() == IncidentState.RESOLVED
                        ? Offer.STOP_ONLY : Offer.NOTHING).orElse(Offer.NOTHING));
    }

    @Bean
    PageSection followOnKnownOutage(Subscriptions subscriptions) {
        return follow(PageSection.KNOWN_OUTAGE, subscriptions, id -> "follow-" + id, id -> Offer.FOLLOW);
    }

    /** What the follow control offers for an incident. */
    private enum Offer { FOLLOW, STOP_ONLY, NOTHING }

    private static PageSection follow(String page, Subscriptions subscriptions, LongFunction<String> controlId,
            LongFunction<Offer> offer) {
        return new PageSection() {
            @Override
            public String page() {
                return page;
            }

            @Override
            public Component create(long id) {
                Offer offered = offer.apply(id);
                FollowControl control = new FollowControl(id, subscriptions, controlId.apply(id),
                        offered == Offer.FOLLOW);
                if (offered == Offer.NOTHING) {
                    control.setVisible(false);
                }
                return control;
            }
        };
    }

    @Bean
    HeaderWidget notificationBell(NotificationCentre centre, LiveBus bus, AuthenticationContext authentication) {
        return () -> new NotificationBell(centre, bus, authentication);
    }

    @Bean
    HeaderWidget outageBanner(NotificationCentre centre, LiveBus bus, AuthenticationContext authentication) {
        return new HeaderWidget() {
            @Override
            public Component create() {
                return new OutageBanner(centre, bus, authentication);
            }

            @Override
            public boolean banner() {
                return true;
            }
        };
    }

    @Bean
    NavigationEntry webhooksEntry() {
        return new NavigationEntry(90, "notification.webhooks.title", "notification.webhooks.nav-description",
                VaadinIcon.CONNECT, WebhooksView.class);
    }
}
