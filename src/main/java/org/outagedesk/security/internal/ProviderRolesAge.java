package org.outagedesk.security.internal;

import com.vaadin.flow.spring.security.RequestUtil;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Roles taken from a provider's ID token are trusted for {@code outagedesk.directory.oidc.role-max-age}
 * after the provider issued it: the portal cannot ask the provider whether someone left a group
 * meanwhile. Past that, the session ends and the person goes through the provider again, which
 * answers without a prompt while its own session lasts and brings the groups of that moment. A
 * page load goes there at once and comes back to the same page; a request of an open page (Vaadin's
 * own, which cannot follow a redirect) finds its session gone, so the page reloads, and a
 * short-lived cookie naming the provider sends that reload there too.
 */
final class ProviderRolesAge extends OncePerRequestFilter {

    static final String SIGN_IN_AGAIN = "outagedesk-sign-in-again";
    private static final Duration COOKIE_LIFE = Duration.ofMinutes(10);

    private final Duration maxAge;
    private final Clock clock;
    private final RequestUtil vaadinRequests;
    private final RequestCache requestCache;
    private final ClientRegistrationRepository registrations;

    ProviderRolesAge(Duration maxAge, Clock clock, RequestUtil vaadinRequests, RequestCache requestCache,
            ClientRegistrationRepository registrations) {
        this.maxAge = maxAge;
        this.clock = clock;
        this.vaadinRequests = vaadinRequests;
        this.requestCache = requestCache;
        this.registrations = registrations;
    }

    /** Whether roles from a token issued then are still trusted now. */
    static boolean fresh(Instant issuedAt, Duration maxAge, Instant now) {
        return issuedAt != null && !issuedAt.plus(maxAge).isBefore(now);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn instanceof OAuth2AuthenticationToken token && token.getPrincipal() instanceof OidcUser user
                && !fresh(user.getIdToken().getIssuedAt(), maxAge, clock.instant())) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            if (!pageLoad(request)) {
                response.addCookie(cookie(request, token.getAuthorizedClientRegistrationId(), COOKIE_LIFE));
                chain.doFilter(request, response);
                return;
            }
            signInAgain(request, response, token.getAuthorizedClientRegistrationId());
            return;
        }
        Optional<String> provider = signedIn == null || signedIn instanceof AnonymousAuthenticationToken
                ? providerToReturnTo(request) : Optional.empty();
        if (provider.isPresent() && pageLoad(request)) {
            response.addCookie(cookie(request, "", Duration.ZERO));
            signInAgain(request, response, provider.get());
            return;
        }
        chain.doFilter(request, response);
    }

    /** Back to this page once the provider has signed the person in again. */
    private void signInAgain(HttpServletRequest request, HttpServletResponse response, String provider)
            throws IOException {
        requestCache.saveRequest(request, response);
        response.sendRedirect(request.getContextPath() + "/oauth2/authorization/" + provider);
    }

    private Optional<String> providerToReturnTo(HttpServletRequest request) {
        return Arrays.stream(Optional.ofNullable(request.getCookies()).orElse(new Cookie[0]))
                .filter(cookie -> SIGN_IN_AGAIN.equals(cookie.getName()))
                .map(Cookie::getValue)
                .filter(id -> !id.isBlank() && registrations.findByRegistrationId(id) != null)
                .findFirst();
    }

    /** A browser opening a page (not Vaadin's own requests, not the sign-in endpoints themselves). */
    private boolean pageLoad(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return "GET".equals(request.getMethod()) && !vaadinRequests.isFrameworkInternalRequest(request)
                && accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)
                && !path.startsWith("/oauth2/") && !path.startsWith("/login") && !path.startsWith("/logout");
    }

    private static Cookie cookie(HttpServletRequest request, String provider, Duration life) {
        Cookie cookie = new Cookie(SIGN_IN_AGAIN, provider);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge((int) life.toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
