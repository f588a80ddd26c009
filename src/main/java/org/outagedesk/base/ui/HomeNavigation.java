package org.outagedesk.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class HomeNavigation {

    @Bean
    NavigationEntry homeEntry() {
        return new NavigationEntry(0, "home.title", "home.intro", VaadinIcon.HOME, HomeView.class);
    }
}
