package org.outagedesk.alert.internal;

import org.outagedesk.account.Roles;
import org.outagedesk.base.ApiError;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The alert endpoints' own stateless filter chain, ahead of the API chain (order 1) so that
 * {@code /api/v1/alerts/**} takes the alert token and nothing else: personal API tokens and
 * sessions are not accepted there, and the alert token is accepted nowhere else.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AlertProperties.class)
class AlertSecurity {

    static final String PATHS = "/api/v1/alerts/**";

    @Bean
    @Order(0)
    SecurityFilterChain alertFilterChain(HttpSecurity http, AlertTokens tokens, RateLimiter rateLimiter,
            AlertProperties properties) throws Exception {
        http.securityMatcher(PATHS)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new AlertTokenFilter(tokens, rateLimiter, properties.maxBodySize().toBytes()),
                        AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(Roles.MONITORING))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> ApiError.write(response,
                                HttpStatus.UNAUTHORIZED, "unauthorized", "Send the alert token as a bearer token.",
                                AlertTokenFilter.REALM))
                        .accessDeniedHandler((request, response, e) -> ApiError.write(response,
                                HttpStatus.FORBIDDEN, "forbidden", "Only the alert token may call this.",
                                AlertTokenFilter.REALM)));
        return http.build();
    }
}
