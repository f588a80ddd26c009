package org.outagedesk.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.outagedesk.account.ApiTokenService;
import org.outagedesk.account.LoginAccount;
import org.outagedesk.base.ApiError;
import org.outagedesk.base.DatabaseTrouble;
import org.outagedesk.security.OutageDeskUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer <personal API token>}; a bad token is a 401 at once. */
public class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final ApiTokenService apiTokens;

    public BearerTokenFilter(ApiTokenService apiTokens) {
        this.apiTokens = apiTokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<LoginAccount> account;
        try {
            account = apiTokens.authenticate(header.substring(PREFIX.length()).strip());
        } catch (RuntimeException failure) {
            if (!DatabaseTrouble.isUnreachable(failure)) {
                throw failure;
            }
            ApiError.writeDatabaseAway(response, SecurityConfiguration.REALM);
            return;
        }
        if (account.isEmpty()) {
            ApiError.write(response, HttpStatus.UNAUTHORIZED, "invalid_token",
                    "The API token is unknown, revoked, or belongs to a disabled account.",
                    SecurityConfiguration.REALM);
            return;
        }
        OutageDeskUser user = new OutageDeskUser(account.get());
        user.eraseCredentials();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
