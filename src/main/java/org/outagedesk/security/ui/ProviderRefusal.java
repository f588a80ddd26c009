package org.outagedesk.security.ui;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;

/** Why an OpenID Connect sign-in came back refused, as message keys for the person's language. */
record ProviderRefusal(String titleKey, String messageKey) {

    static ProviderRefusal of(OAuth2Error error) {
        String code = error.getErrorCode();
        return switch (code) {
            case "authorization_request_not_found", "invalid_state_parameter" ->
                    new ProviderRefusal("login.error.oidc-expired.title", "login.error.oidc-expired");
            case OAuth2ErrorCodes.ACCESS_DENIED ->
                    new ProviderRefusal("login.error.oidc-cancelled.title", "login.error.oidc-cancelled");
            case "outagedesk_disabled" -> new ProviderRefusal("login.error.disabled.title", "login.error.disabled");
            case "outagedesk_email_not_verified" ->
                    new ProviderRefusal("login.error.directory-refused.title", "login.error.oidc-email-unverified");
            case "outagedesk_refused" -> new ProviderRefusal("login.error.directory-refused.title",
                    error.getDescription() == null ? "login.error.oidc-invalid" : error.getDescription());
            default -> new ProviderRefusal("login.error.oidc-invalid.title", "login.error.oidc-invalid");
        };
    }
}
