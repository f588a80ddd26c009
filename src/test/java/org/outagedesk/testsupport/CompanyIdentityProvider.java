package org.outagedesk.testsupport;

import com.nimbusds.jose.JOSEObjectType;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import okhttp3.Headers;

/**
 * The company's OpenID Connect provider in the tests: NAV's mock-oauth2-server, a real provider
 * over HTTP (discovery, authorization, token and end-session endpoints, JWKS) that issues signed
 * tokens; a test decides the next sign-in's subject and claims. One per test JVM.
 */
public final class CompanyIdentityProvider {

    public static final String ISSUER = "company";
    public static final String REGISTRATION = "company";
    public static final String CLIENT_ID = "outagedesk";

    private static CompanyIdentityProvider instance;

    private final AtomicReference<String> madeToMeasure = new AtomicReference<>();
    private final AtomicBoolean loginPage = new AtomicBoolean();
    private final MockOAuth2Server server = new MockOAuth2Server(new MadeToMeasureTokenAnswer(), new LoginPageOnce());

    private CompanyIdentityProvider() {
        server.start();
    }

    public static synchronized CompanyIdentityProvider shared() {
        if (instance == null) {
            instance = new CompanyIdentityProvider();
        }
        return instance;
    }

    public String issuer() {
        return server.issuerUrl(ISSUER).toString();
    }

    /** The application's registration of this provider, Spring Boot's standard properties. */
    public Map<String, String> properties() {
        String registration = "spring.security.oauth2.client.registration." + REGISTRATION + ".";
        return Map.of(
                registration + "client-id", CLIENT_ID,
                registration + "client-secret", "test-client-secret",
                registration + "client-name", "Contoso ID",
                registration + "scope", "openid,profile,email",
                registration + "authorization-grant-type", "authorization_code",
                registration + "redirect-uri", "{baseUrl}/login/oauth2/code/{registrationId}",
                "spring.security.oauth2.client.provider." + REGISTRATION + ".issuer-uri", issuer());
    }

    /** The next sign-in is this person, with these claims, in a token for this audience, valid so long. */
    public void nextSignIn(String subject, Map<String, Object> claims, List<String> audience, long expirySeconds) {
        server.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, subject, JOSEObjectType.JWT.getType(), audience,
                claims, expirySeconds));
    }

    public void nextSignIn(String subject, Map<String, Object> claims) {
        nextSignIn(subject, claims, List.of(CLIENT_ID), 3600);
    }

    /**
     * The provider's next answer (the application's token request, right after the authorization
     * step) carries an ID token made to measure: signed with the key of {@code signingIssuer}
     * (another issuer's key: a signature the application cannot verify), for {@code audience},
     * with the claims given (e.g. the nonce of the request, another {@code iss}).
     */
    public void nextTokenAnswer(String signingIssuer, String audience, String subject, Map<String, Object> claims) {
        String idToken = server.issueToken(signingIssuer, audience, new DefaultOAuth2TokenCallback(signingIssuer, subject,
                JOSEObjectType.JWT.getType(), List.of(audience), claims, 3600)).serialize();
        String accessToken = server.issueToken(ISSUER, CLIENT_ID, new DefaultOAuth2TokenCallback(ISSUER, subject))
                .serialize();
        madeToMeasure.set("""
                {"access_token":"%s","token_type":"Bearer","expires_in":3600,"scope":"openid profile email",\
                "id_token":"%s"}""".formatted(accessToken, idToken));
    }

    /**
     * The next sign-in meets the provider's login page (as when the person has no session at the
     * provider yet) and takes the subject and claims typed into it, instead of being answered at once.
     */
    public void nextSignInAtLoginPage() {
        loginPage.set(true);
    }

    /**
     * mock-oauth2-server shows its login page for an authorization request asking for one
     * ({@code prompt=login}); the portal never asks (a real provider shows it when it has no
     * session), so the next authorization request is sent back with that parameter added.
     */
    private final class LoginPageOnce implements Route {

        @Override
        public boolean match(OAuth2HttpRequest request) {
            return loginPage.get() && "GET".equals(request.getMethod())
                    && request.getUrl().encodedPath().endsWith("/authorize")
                    && request.getUrl().queryParameter("prompt") == null;
        }

        @Override
        public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
            loginPage.set(false);
            String withPrompt = request.getUrl().newBuilder().addQueryParameter("prompt", "login").build().toString();
            return new OAuth2HttpResponse(Headers.of("Location", withPrompt), 302, null, null);
        }
    }

    /** Answers the next token request with the answer {@link #nextTokenAnswer} prepared, once. */
    private final class MadeToMeasureTokenAnswer implements Route {

        @Override
        public boolean match(OAuth2HttpRequest request) {
            return madeToMeasure.get() != null && "POST".equals(request.getMethod())
                    && request.getUrl().encodedPath().endsWith("/token");
        }

        @Override
        public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
            return new OAuth2HttpResponse(Headers.of("Content-Type", "application/json"), 200,
                    madeToMeasure.getAndSet(null), null);
        }
    }
}
