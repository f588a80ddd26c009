package org.outagedesk.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.outagedesk.base.ui.NavigationEntry;
import org.outagedesk.base.ui.PageSection;
import org.outagedesk.incident.IncidentService;
import org.outagedesk.review.ReviewService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** What the review module adds to other screens: the review card on the incident page, a menu item. */
@Configuration(proxyBeanMethods = false)
class ReviewScreens {

    @Bean
    @Order(30)
    PageSection reviewSection(ReviewService reviews, IncidentService incidents) {
        return new PageSection() {
            @Override
            public String page() {
                return PageSection.INCIDENT;
            }

            @Override
            public Component create(long id) {
                return new ReviewSection(id, reviews, incidents);
            }
        };
    }

    @Bean
    NavigationEntry actionItemsEntry() {
        return new NavigationEntry(60, "review.actions.all", "review.actions.nav-description",
                VaadinIcon.CHECK_SQUARE_O, ActionItemsView.class);
    }
}
