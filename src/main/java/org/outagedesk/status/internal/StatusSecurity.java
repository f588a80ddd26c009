package org.outagedesk.status.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.outagedesk.account.ApiTokenService;
import org.outagedesk.security.ApiTokenAuthentication;
import org.outagedesk.security.SecurityHeaders;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * A filter chain of its own for the status page and feeds, ahead of the API and Vaadin chains,
 * by {@code outagedesk.status.visibility} (with {@code public}, GET and HEAD are answered even
 * earlier, by {@link StatusFastPath}):
 * <ul>
 * <li>{@code public}: stateless (no session is created or read, no request cache, no CSRF
 * token), so thousands of readers cost no session;</li>
 * <li>{@code authenticated}: reads an existing sign-in session (never creates one) or a personal
 * API token ({@code Authorization: Bearer}); anonymous readers of {@code /status} are sent to
 * the sign-in page (302), of the feed and JSON answered 401;</li>
 * <li>{@code internal}: stateless like {@code public}, but only for client addresses in
 * {@code outagedesk.status.internal-networks}; others get 403. Behind a reverse proxy, set
 * {@code server.forward-headers-strategy} so the client's address is the one checked.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StatusProperties.class)
class StatusSecurity {

    static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    @Bean
    FilterRegistrationBean<StatusFastPath> statusFastPath(StatusAnswers answers, StatusProperties properties) {
        FilterRegistrationBean<StatusFastPath> registration = new FilterRegistrationBean<>(new StatusFastPath(answers));
        registration.addUrlPatterns(StatusAnswers.PAGE, StatusAnswers.PAGE_SLASH, StatusAnswers.FEED, StatusAnswers.JSON,
                StatusAnswers.BADGE, StatusAnswers.EMBED, StatusAnswers.HISTORY);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setEnabled(properties.isPublic());
        return registration;
    }

    @Bean
    @Order(0)
    SecurityFilterChain statusFilterChain(HttpSecurity http, StatusProperties properties, ApiTokenService apiTokens)
            throws Exception {
        http.securityMatcher("/status", "/status/", "/status/**", "/api/v1/status")
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.cacheControl(cache -> cache.disable()));
        SecurityHeaders.apply(http, CONTENT_SECURITY_POLICY);
        switch (properties.visibility()) {
            case PUBLIC -> stateless(http).authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
            case INTERNAL -> {
                List<IpAddressMatcher> internal = properties.internalNetworks().stream().map(IpAddressMatcher::new)
                        .toList();
                stateless(http).authorizeHttpRequests(requests -> requests.anyRequest().access((authentication,
                        context) -> new AuthorizationDecision(internal.stream()
                                .anyMatch(network -> network.matches(context.getRequest())))))
                        .exceptionHandling(errors -> errors
                                .authenticationEntryPoint((request, response, e) -> refuseOutsider(response))
                                .accessDeniedHandler((request, response, e) -> refuseOutsider(response)));
            }
            case AUTHENTICATED -> http.sessionManagement(session -> session
                            .sessionCreationPolicy(SessionCreationPolicy.NEVER))
                    .addFilterBefore(ApiTokenAuthentication.filter(apiTokens), AnonymousAuthenticationFilter.class)
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .exceptionHandling(errors -> errors.authenticationEntryPoint(
                            (request, response, e) -> refuseAnonymous(request, response)));
        }
        return http.build();
    }

    private static HttpSecurity stateless(HttpSecurity http) throws Exception {
        return http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.disable())
                .anonymous(anonymous -> anonymous.disable());
    }

    /** People opening the page go to the sign-in page; tools reading the feed or JSON get 401. */
    private static void refuseAnonymous(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/status") || path.equals("/status/")) {
            response.sendRedirect(request.getContextPath() + "/login");
        } else {
            response.setHeader("WWW-Authenticate", "Bearer");
            refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "Sign in or send an API token to read the status.");
        }
    }

    private static void refuseOutsider(HttpServletResponse response) throws IOException {
        refuse(response, HttpServletResponse.SC_FORBIDDEN, "This status page is only for the internal network.");
    }

    // Written here rather than with sendError, whose forward to /error would meet the sign-in redirect.
    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(message);
    }
}
