package org.outagedesk.runbook.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.outagedesk.base.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The template editor in the admins' side navigation. */
@Configuration(proxyBeanMethods = false)
class RunbookNavigation {

    @Bean
    NavigationEntry runbookAdminEntry() {
        return new NavigationEntry(92, "runbook.admin.title", "runbook.admin.nav-description", VaadinIcon.CLIPBOARD_CHECK,
                AdminRunbooksView.class);
    }
}
