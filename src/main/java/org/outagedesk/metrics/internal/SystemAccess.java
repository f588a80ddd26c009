package org.outagedesk.metrics.internal;

import java.util.List;
import java.util.function.Supplier;
import org.outagedesk.account.Roles;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Reads the incident module as the metrics module itself (the read rights of IT staff and managers, which
 * the incident and its linked reports need; only read methods are called through it),
 * whoever triggered the event or when nobody did (start-up), then puts the caller's context back.
 */
final class SystemAccess {

    private SystemAccess() {}

    static <T> T read(Supplier<T> work) {
        return as(UsernamePasswordAuthenticationToken.authenticated("metrics-read-model", null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Roles.MANAGER),
                        new SimpleGrantedAuthority("ROLE_" + Roles.IT_STAFF))), work);
    }

    /** Runs the work as someone else, then restores the caller's security context. */
    static <T> T as(Authentication authentication, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
