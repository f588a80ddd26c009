package org.outagedesk.review.internal;

import java.util.List;
import java.util.function.Supplier;
import org.outagedesk.account.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work that no person started (the reminder job, the demo data) with the IT staff role, so
 * the checked services it calls let it in; the principal is the given one (a person the work is
 * done for) or a plain name. The previous security context is put back afterwards.
 */
final class ActingAs {

    private ActingAs() {}

    static <T> T staff(Object principal, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                List.of(new SimpleGrantedAuthority(Role.IT_STAFF.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
