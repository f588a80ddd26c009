package org.outagedesk.security.internal;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import java.time.Clock;
import org.outagedesk.account.AccountService;
import org.outagedesk.security.DirectoryProperties;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

/**
 * "Sign in with ..." for the providers under {@code spring.security.oauth2.client.registration.*}:
 * authorization code flow with PKCE (also for confidential clients), failures back on the sign-in
 * page with their reason, and RP-initiated logout where the provider announces an end-session endpoint.
 */
final class OidcSignIn {

    private OidcSignIn() {}

    static void configure(HttpSecurity http, ClientRegistrationRepository registrations, AccountService accounts,
            DirectoryProperties directory, Clock clock) throws Exception {
        DefaultOAuth2AuthorizationRequestResolver withPkce = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        withPkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        http.oauth2Login(login -> login.loginPage("/login")
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(withPkce))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new DirectoryOidcUserService(accounts, directory, clock))));
    }

    /**
     * After sign-out, the provider ends its own session too and sends the person back to the
     * sign-in page; someone who signed in with a password goes straight to the sign-in page.
     */
    static LogoutSuccessHandler logout(ClientRegistrationRepository registrations) {
        OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        handler.setPostLogoutRedirectUri("{baseUrl}/login");
        handler.setDefaultTargetUrl("/login");
        // Sign-out is a Vaadin request: the redirect must reach the page as Vaadin's own command.
        handler.setRedirectStrategy(new UidlRedirectStrategy());
        return handler;
    }
}
