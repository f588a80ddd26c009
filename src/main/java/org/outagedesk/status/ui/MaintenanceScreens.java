package org.outagedesk.status.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Clock;
import java.util.List;
import org.outagedesk.base.ui.HeaderWidget;
import org.outagedesk.base.ui.NavigationEntry;
import org.outagedesk.status.MaintenanceService;
import org.outagedesk.status.MaintenanceWindow;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the status module adds to other screens: the maintenance menu item and banner. */
@Configuration(proxyBeanMethods = false)
class MaintenanceScreens {

    @Bean
    NavigationEntry maintenanceEntry() {
        return new NavigationEntry(47, "status.maintenance.title", "status.maintenance.nav-description",
                VaadinIcon.TOOLS, MaintenanceView.class);
    }

    @Bean
    HeaderWidget maintenanceBanner(MaintenanceService maintenance, Clock clock) {
        return new HeaderWidget() {
            @Override
            public Component create() {
                List<MaintenanceWindow> shown = maintenance.shownToMe();
                return shown.isEmpty() ? null : new MaintenanceBanner(shown, clock);
            }

            @Override
            public boolean banner() {
                return true;
            }
        };
    }
}
