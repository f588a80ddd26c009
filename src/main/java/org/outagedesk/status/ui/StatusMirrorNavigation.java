package org.outagedesk.status.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.outagedesk.base.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The admin menu item of the status mirror screen. */
@Configuration(proxyBeanMethods = false)
class StatusMirrorNavigation {

    @Bean
    NavigationEntry statusMirrorEntry() {
        return new NavigationEntry(95, "status.mirror.title", "status.mirror.nav-description", VaadinIcon.COPY_O,
                StatusMirrorView.class);
    }
}
