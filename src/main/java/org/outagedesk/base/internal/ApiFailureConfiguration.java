package org.outagedesk.base.internal;

import jakarta.servlet.DispatcherType;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts {@link ApiFailureFilter} outside every other filter, on API requests and on the error dispatch. */
@Configuration(proxyBeanMethods = false)
class ApiFailureConfiguration {

    @Bean
    FilterRegistrationBean<ApiFailureFilter> apiFailures(BundleI18NProvider messages) {
        FilterRegistrationBean<ApiFailureFilter> registration = new FilterRegistrationBean<>(new ApiFailureFilter(messages));
        registration.addUrlPatterns("/api/*", "/actuator/*", "/error");
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
