package org.outagedesk.alert.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.outagedesk.base.ApiError;
import org.outagedesk.base.DatabaseTrouble;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of the alert endpoints: an oversized body is 413, a missing or wrong alert token
 * 401, a caller past its rate (or a client address past its wrong tokens) 429 with
 * {@code Retry-After}; otherwise the request acts as the
 * "Monitoring" system actor. Personal API tokens are not accepted here.
 */
class AlertTokenFilter extends OncePerRequestFilter {

    /** The bearer realm the alert endpoints name in a 401. */
    static final String REALM = "outagedesk-alerts";

    private static final String PREFIX = "Bearer ";

    private final AlertTokens tokens;
    private final RateLimiter rateLimiter;
    private final long maxBody;

    AlertTokenFilter(AlertTokens tokens, RateLimiter rateLimiter, long maxBody) {
        this.tokens = tokens;
        this.rateLimiter = rateLimiter;
        this.maxBody = maxBody;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBody) {
            ApiError.write(response, HttpStatus.CONTENT_TOO_LARGE, "too_large",
                    "The request body is larger than " + maxBody + " bytes.",
                    REALM);
            return;
        }
        String address = request.getRemoteAddr();
        Duration guessing = rateLimiter.failedTokenWait(address);
        if (!guessing.isZero()) {
            tooMany(response, guessing);
            return;
        }
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        Optional<String> token;
        try {
            token = header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
                    ? Optional.empty() : tokens.authenticate(header.substring(PREFIX.length()).strip());
        } catch (RuntimeException failure) {
            if (!DatabaseTrouble.isUnreachable(failure)) {
                throw failure;
            }
            // The monitor retries a 503 (Alertmanager does), so the alert arrives once the database is back.
            ApiError.writeDatabaseAway(response, REALM);
            return;
        }
        if (token.isEmpty()) {
            rateLimiter.failedToken(address);
            ApiError.write(response, HttpStatus.UNAUTHORIZED, "unauthorized",
                    "Send the alert token (Administration > Monitoring alerts) as 'Authorization: Bearer <token>'.",
                    REALM);
            return;
        }
        Duration wait = rateLimiter.take(token.get() + "@" + address);
        if (!wait.isZero()) {
            tooMany(response, wait);
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(MonitoringPrincipal.authentication());
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(new LimitedBody(request, maxBody), response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void tooMany(HttpServletResponse response, Duration wait) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, (wait.toMillis() + 999) / 1000)));
        ApiError.write(response, HttpStatus.TOO_MANY_REQUESTS, "rate_limited",
                "Too many alert requests or wrong alert tokens; retry after the time in Retry-After.", REALM);
    }
}
