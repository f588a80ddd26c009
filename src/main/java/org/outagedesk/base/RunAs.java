package org.outagedesk.base;

import java.util.Arrays;
import java.util.Collection;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work that no person started in this request (a scheduled job, the demo data, an incident
 * opened by a failing probe) as a given principal with given rights, so the checked services it
 * calls let it in; the caller's security context is put back afterwards, whatever happens.
 */
public final class RunAs {

    private RunAs() {}

    /** As {@code principal} with the roles named (without the {@code ROLE_} prefix). */
    public static <T> T withRoles(Object principal, Supplier<T> work, String... roles) {
        return with(principal, Arrays.stream(roles).map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList(),
                work);
    }

    public static void withRoles(Object principal, Runnable work, String... roles) {
        withRoles(principal, () -> {
            work.run();
            return null;
        }, roles);
    }

    public static <T> T with(Object principal, Collection<? extends GrantedAuthority> authorities, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
