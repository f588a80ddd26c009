package org.outagedesk.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first request of a session {@link SignedInSessions#end ended} (its person lost a role)
 * invalidates it before anything reads it, so the request goes on in a new, anonymous session:
 * the page reloads to the sign-in page with a fresh session (and a CSRF token that still holds).
 */
final class EndedSessions extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && isEnded(session)) {
            SignedInSessions.invalidate(session);
        }
        chain.doFilter(request, response);
    }

    private static boolean isEnded(HttpSession session) {
        try {
            return session.getAttribute(SignedInSessions.ENDED) != null;
        } catch (IllegalStateException alreadyEnded) {
            return false;
        }
    }
}
