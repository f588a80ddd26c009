package org.outagedesk.report.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.outagedesk.base.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The report module's side-navigation entries. */
@Configuration(proxyBeanMethods = false)
class ReportNavigation {

    @Bean
    NavigationEntry reportProblemEntry() {
        return new NavigationEntry(10, "report.nav.report", "report.nav.report.description",
                VaadinIcon.EXCLAMATION_CIRCLE_O, ReportProblemView.class);
    }

    @Bean
    NavigationEntry myReportsEntry() {
        return new NavigationEntry(20, "report.nav.mine", "report.nav.mine.description", VaadinIcon.LIST,
                MyReportsView.class);
    }
}
