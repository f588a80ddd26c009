package org.outagedesk.alert.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.outagedesk.base.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The admin menu item of the monitoring-alert screen. */
@Configuration(proxyBeanMethods = false)
class AlertNavigation {

    @Bean
    NavigationEntry alertsEntry() {
        return new NavigationEntry(94, "alert.admin.title", "alert.admin.nav-description", VaadinIcon.BELL_O,
                AlertsAdminView.class);
    }
}
