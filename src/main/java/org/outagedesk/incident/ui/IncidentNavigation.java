package org.outagedesk.incident.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.outagedesk.base.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The triage queue and the incident board in the side navigation. */
@Configuration(proxyBeanMethods = false)
class IncidentNavigation {

    @Bean
    NavigationEntry triageEntry() {
        return new NavigationEntry(30, "triage.title", "triage.nav-description", VaadinIcon.INBOX, TriageView.class);
    }

    @Bean
    NavigationEntry boardEntry() {
        return new NavigationEntry(40, "board.title", "board.nav-description", VaadinIcon.GRID_BIG_O,
                IncidentBoardView.class);
    }
}
