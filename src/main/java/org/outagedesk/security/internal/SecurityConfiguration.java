package org.outagedesk.security.internal;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.outagedesk.account.AccountService;
import org.outagedesk.account.ApiTokenService;
import org.outagedesk.account.Roles;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.outagedesk.base.ApiError;
import org.outagedesk.base.i18n.BundleI18NProvider;
import org.outagedesk.security.ApiAdmissionProperties;
import org.outagedesk.security.DirectoryProperties;
import org.outagedesk.security.SecurityHeaders;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.DelegatingAccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Two filter chains: a stateless one for the REST API and the actuator (personal API
 * tokens as bearer tokens), and Vaadin's for the UI (form sign-in, view access control).
 */
@Configuration
@EnableWebSecurity
// Services guard themselves with @PreAuthorize. Views carry @RolesAllowed for Vaadin's navigation
// access control, which reads it itself: JSR-250 method security is left off, or every view and
// layout of every open page would be wrapped in a proxy with its own method cache (about 2 KB a page).
@EnableMethodSecurity
class SecurityConfiguration {

    /** The bearer realm the API names in a 401. */
    static final String REALM = "outagedesk";

    /** API answers are data: no script, style or frame of any kind. The UI chain's policy is {@link ScriptNonce#POLICY}. */
    static final String API_CONTENT_SECURITY_POLICY =
            "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /** Ahead of the security chain: the bearer token look-up already needs a database connection. */
    @Bean
    FilterRegistrationBean<ApiAdmission> apiAdmission(ApiAdmissionProperties properties, MeterRegistry meters) {
        ApiAdmission admission = new ApiAdmission(properties);
        Gauge.builder("outagedesk.api.requests.waiting", admission, ApiAdmission::waiting)
                .description("REST API requests waiting for their turn (outagedesk.api.concurrent-requests)")
                .register(meters);
        FilterRegistrationBean<ApiAdmission> registration = new FilterRegistrationBean<>(admission);
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokenService apiTokens) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**", "/v3/api-docs.yaml")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new BearerTokenFilter(apiTokens), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class, InfoEndpoint.class)).permitAll()
                        .requestMatchers("/v3/api-docs/**", "/v3/api-docs.yaml").permitAll()
                        .requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole(Roles.ADMIN)
                        .anyRequest().authenticated())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> ApiError.write(response,
                                HttpStatus.UNAUTHORIZED, "unauthorized",
                                "Send a personal API token as 'Authorization: Bearer <token>'.", REALM))
                        .accessDeniedHandler((request, response, e) -> ApiError.write(response,
                                HttpStatus.FORBIDDEN, "forbidden", "Your roles do not allow this.", REALM)));
        SecurityHeaders.apply(http, API_CONTENT_SECURITY_POLICY);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiSecurity(HttpSecurity http, ThrottledAuthenticationProvider passwordSignIn,
            ScriptNonce scriptNonce, RequestUtil vaadinRequests, BundleI18NProvider i18n,
            ObjectProvider<ClientRegistrationRepository> oidcProviders, AccountService accounts,
            DirectoryProperties directory, Clock clock, VaadinDefaultRequestCache requestCache) throws Exception {
        http.authenticationProvider(passwordSignIn);
        http.addFilterBefore(new EndedSessions(), SecurityContextHolderFilter.class);
        ClientRegistrationRepository registrations = oidcProviders.getIfAvailable();
        if (registrations != null) {
            OidcSignIn.configure(http, registrations, accounts, directory, clock);
            http.addFilterAfter(new ProviderRolesAge(directory.oidc().roleMaxAge(), clock, vaadinRequests, requestCache,
                    registrations), SecurityContextHolderFilter.class);
        }
        // Vaadin's own CSRF set-up also exempts the login URL; only its internal requests (which
        // carry Vaadin's per-UI security key) are exempt here, so a sign-in needs the form's token.
        http.csrf(csrf -> csrf.csrfTokenRepository(new SessionCsrfTokens())
                .ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.exceptionHandling(errors -> errors.accessDeniedHandler(new DelegatingAccessDeniedHandler(
                new LinkedHashMap<>(Map.of(CsrfException.class, new CsrfRefusal(i18n))), new AccessDeniedHandlerImpl())));
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**", "/icons/**", "/images/**").permitAll()
                .requestMatchers("/error").denyAll());
        SecurityHeaders.apply(http, scriptNonce);
        // A path that is no route reaches Vaadin for a signed-in person, whose not-found page is then
        // the one a refused route shows; Vaadin's default (deny) answered 403 and told the two apart.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.loginView("/login", "/login")
                    .enableCsrfConfiguration(false)
                    .anyRequest(path -> path.authenticated());
            if (registrations != null) {
                vaadin.logoutSuccessHandler(OidcSignIn.logout(registrations));
            }
        }).build();
    }
}
