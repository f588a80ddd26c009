package org.outagedesk.probe.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.outagedesk.base.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The probe screens in the side navigation. */
@Configuration(proxyBeanMethods = false)
class ProbeNavigation {

    @Bean
    NavigationEntry probeHealthEntry() {
        return new NavigationEntry(45, "probe.health.title", "probe.health.nav-description", VaadinIcon.SIGNAL,
                ProbeHealthView.class);
    }

    @Bean
    NavigationEntry probeAdminEntry() {
        return new NavigationEntry(93, "probe.admin.title", "probe.admin.nav-description", VaadinIcon.SERVER,
                AdminProbesView.class);
    }
}
