package org.outagedesk.status.internal;

import org.outagedesk.security.SecurityHeaders;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A filter chain of its own for the status page and feeds, ahead of the API and Vaadin chains:
 * stateless (no session is created or read, no request cache, no CSRF token), so thousands of
 * readers cost no session. With {@code outagedesk.status.visibility=authenticated} it reads an
 * existing sign-in session (never creates one) and refuses anonymous readers with 401.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StatusProperties.class)
class StatusSecurity {

    static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    @Bean
    @Order(0)
    SecurityFilterChain statusFilterChain(HttpSecurity http, StatusProperties properties) throws Exception {
        http.securityMatcher("/status", "/status/", "/status/**", "/api/v1/status")
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.cacheControl(cache -> cache.disable()));
        SecurityHeaders.apply(http, CONTENT_SECURITY_POLICY);
        if (properties.isPublic()) {
            http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .securityContext(context -> context.disable())
                    .anonymous(anonymous -> anonymous.disable())
                    .authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        } else {
            http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .exceptionHandling(errors -> errors.authenticationEntryPoint(
                            (request, response, e) -> response.sendError(401)));
        }
        return http.build();
    }
}
