package org.outagedesk.metrics.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.outagedesk.base.ui.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The dashboard and the review outcomes in the side navigation (managers, admins, IT staff). */
@Configuration(proxyBeanMethods = false)
class MetricsNavigation {

    @Bean
    NavigationEntry metricsEntry() {
        return new NavigationEntry(70, "metrics.title", "metrics.nav-description", VaadinIcon.BAR_CHART,
                MetricsDashboardView.class);
    }

    @Bean
    NavigationEntry reviewOutcomesEntry() {
        return new NavigationEntry(72, "review-outcomes.title", "review-outcomes.nav-description",
                VaadinIcon.CLIPBOARD_TEXT, ReviewOutcomesView.class);
    }
}
